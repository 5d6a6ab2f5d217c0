package io.newspipe.store.persistence;

import io.newspipe.testsupport.TestInfrastructure;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ArticleRepositoryContract} on PostgreSQL, in a schema of its own within the test run's database. */
class ArticleRepositoryPostgresIT extends ArticleRepositoryContract {

    private static final String SCHEMA = "repository_it";

    @Override
    protected DataSource dataSource() {
        TestInfrastructure.Database database = TestInfrastructure.postgres();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return new DriverManagerDataSource(url, database.username(), database.password());
    }

    @Override
    protected String schema() {
        return SCHEMA;
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }
}

package io.newspipe.store.persistence;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link ArticleRepositoryContract} on H2 in PostgreSQL mode, the local default database. */
class ArticleRepositoryH2Test extends ArticleRepositoryContract {

    private static final DataSource DATABASE = new DriverManagerDataSource(
            "jdbc:h2:mem:repository-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa", "");

    @Override
    protected DataSource dataSource() {
        return DATABASE;
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}

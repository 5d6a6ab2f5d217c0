package io.newspipe.store;

import io.newspipe.testsupport.TestInfrastructure;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Databases for tests that use the store's classes without Spring: migrated and emptied. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource h2(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A schema of its own in the test run's PostgreSQL database. */
    public static DataSource postgres(String schema) {
        TestInfrastructure.Database database = TestInfrastructure.postgres();
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new DriverManagerDataSource(url, database.username(), database.password());
    }

    /** Migrates to the latest version and deletes every row. */
    public static JdbcTemplate migratedAndEmpty(DataSource dataSource, String vendor, String schema) {
        var flyway = Flyway.configure().dataSource(dataSource).locations(StoreApplication.migrationLocations(vendor));
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("mentions", "article_entities", "articles", "stories", "entities")) {
            jdbc.update("DELETE FROM " + table);
        }
        return jdbc;
    }
}

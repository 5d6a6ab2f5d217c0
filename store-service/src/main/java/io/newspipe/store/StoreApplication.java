package io.newspipe.store;

import io.newspipe.platform.ServiceLauncher;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StoreApplication {

    /**
     * Zero-config local database: an H2 file under {@code ./.newspipe/store} in PostgreSQL mode. Production
     * sets {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD} to PostgreSQL; the same migrations run on both.
     * H2 differs in that TEXT is a CLOB and NULLs sort low unless told otherwise (hence
     * DEFAULT_NULL_ORDERING=HIGH, PostgreSQL's behaviour); the SQL avoids everything else that differs.
     */
    public static final String LOCAL_DATABASE_URL = "jdbc:h2:file:./.newspipe/store/newspipe;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

    /** Flyway locations; Spring replaces {@code {vendor}}, tests that run Flyway directly use {@link #migrationLocations}. */
    public static final List<String> MIGRATION_LOCATIONS = List.of("classpath:db/migration",
            "classpath:db/vendor/{vendor}");

    /** {@link #MIGRATION_LOCATIONS} for one database vendor, {@code h2} or {@code postgresql}. */
    public static String[] migrationLocations(String vendor) {
        return MIGRATION_LOCATIONS.stream().map(l -> l.replace("{vendor}", vendor)).toArray(String[]::new);
    }

    /** The service with its defaults; the all-in-one starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return ServiceLauncher.builder(StoreApplication.class, "store", Map.of(
                "server.port", 8080,
                "spring.datasource.url", LOCAL_DATABASE_URL,
                "spring.datasource.username", "sa",
                "spring.datasource.password", "",
                // Fail a connection attempt fast while the database is down: the record is retried anyway.
                "spring.datasource.hikari.connection-timeout", "5000",
                "spring.mvc.problemdetails.enabled", true,
                // Common migrations, then the vendor's own ({vendor} is h2 or postgresql): full-text search
                // exists on PostgreSQL only.
                "spring.flyway.locations", String.join(",", MIGRATION_LOCATIONS)));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

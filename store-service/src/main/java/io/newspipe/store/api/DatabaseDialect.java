package io.newspipe.store.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the query side needs to know about the database, looked up on first use (not at startup, so the
 * service starts while the database is briefly away) and then kept.
 */
final class DatabaseDialect {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;
    private volatile List<String> searchConfigurations;

    DatabaseDialect(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isPostgres() {
        if (postgres == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
        }
        return postgres;
    }

    /**
     * The query parameter parsed with every built-in text search configuration, OR-ed: a constant tsquery
     * the GIN index can answer, matching whatever the article's own configuration would match.
     */
    String anyConfigurationQuery(String parameter) {
        if (searchConfigurations == null) {
            searchConfigurations = jdbc.queryForList("SELECT c.cfgname FROM pg_ts_config c JOIN pg_namespace n"
                    + " ON n.oid = c.cfgnamespace WHERE n.nspname = 'pg_catalog' ORDER BY c.cfgname", String.class);
        }
        return searchConfigurations.stream()
                .map(name -> "websearch_to_tsquery('pg_catalog." + name.replace("'", "") + "', " + parameter + ")")
                .collect(Collectors.joining(" || "));
    }
}

package io.newspipe.allinone;

import io.newspipe.cleaner.CleanerApplication;
import io.newspipe.enricher.EnricherApplication;
import io.newspipe.fetcher.FetcherApplication;
import io.newspipe.store.StoreApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services in one process, each in its own Spring application context exactly as it runs alone,
 * wired to one broker. Only the store serves HTTP (the query API); the other three run without a web server
 * so that several pipelines can sit side by side.
 */
public final class Pipeline implements AutoCloseable {

    /**
     * @param bootstrapServers the Kafka broker
     * @param seeds            directory the fetcher reads
     * @param datasource       the store's {@code spring.datasource.*} settings
     * @param apiPort          the store's HTTP port (0 = any free port)
     * @param overrides        further properties for every service (tests use this for group ids etc.)
     */
    public record Settings(String bootstrapServers, Path seeds, Map<String, Object> datasource, int apiPort,
                           Map<String, Object> overrides) {
    }

    private final List<ConfigurableApplicationContext> contexts;

    private Pipeline(List<ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /** Starts store, enricher, cleaner and fetcher, in that order: consumers first, the producer of pages last. */
    public static Pipeline start(Settings settings) {
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            Map<String, Object> store = new LinkedHashMap<>(settings.datasource());
            store.put("server.port", settings.apiPort());
            started.add(run(StoreApplication.builder(), settings, store, true));
            started.add(run(EnricherApplication.builder(), settings, Map.of(), false));
            started.add(run(CleanerApplication.builder(), settings, Map.of(), false));
            started.add(run(FetcherApplication.builder(), settings,
                    Map.of("newspipe.fetcher.directory.path", settings.seeds().toAbsolutePath().toString()), false));
            return new Pipeline(started);
        } catch (RuntimeException e) {
            new Pipeline(started).close();
            throw e;
        }
    }

    private static ConfigurableApplicationContext run(SpringApplicationBuilder builder, Settings settings,
                                                      Map<String, Object> own, boolean web) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", settings.bootstrapServers());
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.register-shutdown-hook", "false");
        if (!web) {
            properties.put("spring.main.web-application-type", "none");
        }
        if (!own.containsKey("spring.datasource.url")) {
            // One class path holds the store's JDBC and Flyway: only the store may start a database.
            properties.put("spring.autoconfigure.exclude", String.join(",",
                    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"));
        }
        properties.putAll(own);
        properties.putAll(settings.overrides());
        // Passed as arguments: the all-in-one's own wiring (its broker, its ports) must win over the environment.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return builder.run(args);
    }

    /** Beans of the fetcher's context, e.g. its sources, for callers that wait on their scans. */
    public <T> java.util.Collection<T> fetcherBeans(Class<T> type) {
        return contexts.get(3).getBeansOfType(type).values();
    }

    /** The port the store's query API actually listens on. */
    public int apiPort() {
        return ((WebServerApplicationContext) contexts.get(0)).getWebServer().getPort();
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            try {
                contexts.get(i).close();
            } catch (RuntimeException e) {
                System.err.println("newspipe: error while stopping a service: " + e);
            }
        }
    }
}

package io.newspipe.store.kafka;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EventCodec;
import io.newspipe.store.StoreApplication;
import io.newspipe.store.persistence.ArticleRepository;
import io.newspipe.testsupport.TestInfrastructure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * PostgreSQL going away while records arrive: the store retries instead of dead-lettering, and stores the
 * record once the database is back. The database is reached through a {@link TcpProxy} the test cuts.
 */
class StoreDatabaseOutageIT {

    private static final String SCHEMA = "outage_it";
    private static final EventCodec CODEC = new EventCodec();

    private static TcpProxy proxy;
    private static JdbcTemplate direct; // bypasses the proxy: what is stored while the store cannot see it
    private static ConfigurableApplicationContext store;
    private static String bootstrap;

    @BeforeAll
    static void startStoreBehindProxy() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        TestInfrastructure.Database database = TestInfrastructure.postgres();
        KafkaTestSupport.createInputTopic(bootstrap);
        URI target = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        direct = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA, database.username(), database.password()));
        proxy = new TcpProxy(target.getHost(), target.getPort());
        proxy.start();
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath()
                + "?currentSchema=" + SCHEMA + "&connectTimeout=2&socketTimeout=10"
                + (target.getQuery() == null ? "" : "&" + target.getQuery());
        store = StoreApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "spring.kafka.consumer.group-id=store-outage-it-" + UUID.randomUUID(),
                "server.port=0",
                "spring.datasource.url=" + viaProxy,
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.datasource.hikari.connection-timeout=1000",
                "spring.datasource.hikari.validation-timeout=500",
                "spring.flyway.default-schema=" + SCHEMA,
                // retry an outage at most every 4 s, so recovery is seen soon
                "newspipe.kafka.transient-backoff-max=4s").run();
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aRecordArrivingDuringAnOutageIsStoredAfterRecoveryNotDeadLettered() throws Exception {
        ArticleRepository repository = store.getBean(ArticleRepository.class);
        String run = UUID.randomUUID().toString();
        Instant fetched = Instant.parse("2026-03-02T08:00:00Z");
        EnrichedArticle before = article("https://news.example/outage/before/" + run, "en", fetched,
                List.of("Before", "Minsk before the outage."), entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.5, "Minsk"));
        EnrichedArticle during = article("https://news.example/outage/during/" + run, "en", fetched.plusSeconds(60),
                List.of("During", "Minsk during the outage."), entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.5, "Minsk"));

        KafkaTestSupport.publish(bootstrap, before.id(), CODEC.write(before));
        await().atMost(Duration.ofSeconds(60)).until(() -> repository.storedVersion(before.id()) != null);

        proxy.stop();
        KafkaTestSupport.publish(bootstrap, during.id(), CODEC.write(during));
        // long enough for the listener to fail on the database several times, and for a fixed-backoff
        // handler to have given up and dead-lettered the record
        Thread.sleep(8_000);
        assertThat(storedVersion(during.id())).isNull();
        assertThat(KafkaTestSupport.deadLetters(bootstrap, during.id())).isEmpty();

        proxy.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> storedVersion(during.id()) != null);

        assertThat(storedVersion(during.id())).isEqualTo(1);
        assertThat(repository.storedVersion(during.id()).version()).isEqualTo(1);
        assertThat(KafkaTestSupport.deadLetters(bootstrap, during.id())).isEmpty();
    }

    private static Integer storedVersion(String id) {
        return direct.query("SELECT version FROM articles WHERE id = ?", rs -> rs.next() ? rs.getInt(1) : null, id);
    }
}

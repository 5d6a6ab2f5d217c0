package io.newspipe.store.kafka;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import io.newspipe.platform.DeadLetterErrorHandlerFactory;
import io.newspipe.store.StoreApplication;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The store as deployed: enriched articles from Kafka into PostgreSQL, read back through the API. */
class StorePipelineIT {

    private static final String SCHEMA = "pipeline_it";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final EventCodec CODEC = new EventCodec();

    private static ConfigurableApplicationContext store;
    private static String bootstrap;
    private static String baseUrl;

    @BeforeAll
    static void startStore() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        TestInfrastructure.Database database = TestInfrastructure.postgres();
        KafkaTestSupport.createInputTopic(bootstrap);
        store = StoreApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "spring.kafka.consumer.group-id=store-pipeline-it-" + UUID.randomUUID(),
                "server.port=0",
                "spring.datasource.url=" + database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.flyway.default-schema=" + SCHEMA).run();
        baseUrl = "http://127.0.0.1:" + store.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storesArticlesOnceAndDeadLettersMalformedRecords() throws Exception {
        String run = UUID.randomUUID().toString();
        Instant fetched = Instant.parse("2026-03-01T10:00:00Z");
        // Other tests publish to the same topic: this run's articles share an entity no other article has.
        String runEntity = "test-run-" + run;
        EnrichedArticle english = article("https://news.example/pipeline/" + run, "en", fetched,
                List.of("Putin meets Lukashenko", "Vladimir Putin met Alexander Lukashenko in Minsk."),
                entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747", 0.8, "Vladimir Putin"),
                entity("Q7314", EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.9, "Alexander Lukashenko"),
                entity(runEntity, EntityType.LOCATION, "Minsk", null, 0.1, "Minsk"));
        EnrichedArticle turkish = article("https://haber.example/pipeline/" + run, "tr", fetched.plusSeconds(30),
                List.of("Putin ve Lukaşenko görüştü", "Vladimir Putin, Aleksandr Lukaşenko ile Minsk'te görüştü."),
                entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747", 0.8, "Vladimir Putin"),
                entity(runEntity, EntityType.LOCATION, "Minsk", null, 0.1, "Minsk"));
        String englishJson = CODEC.write(english);
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, englishJson);
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, CODEC.write(turkish));
        String malformedKey = "malformed-" + run;

        KafkaTestSupport.publish(bootstrap, english.id(), englishJson);
        KafkaTestSupport.publish(bootstrap, english.id(), englishJson); // a redelivery
        KafkaTestSupport.publish(bootstrap, malformedKey, "{\"schemaVersion\": 1, \"id\": ");
        KafkaTestSupport.publish(bootstrap, turkish.id(), CODEC.write(turkish));

        MeterRegistry meters = store.getBean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get("/api/articles?entity=" + runEntity).get("total").asLong()).isEqualTo(2);
            assertThat(meters.counter(EnrichedArticleListener.ARTICLES_METRIC, "outcome", "unchanged").count()).isPositive();
        });
        JsonNode list = get("/api/articles?entity=" + runEntity);
        assertThat(list.get("items").valueStream().map(item -> item.get("id").asString())).containsExactly(turkish.id(), english.id());
        JsonNode stored = get("/api/articles/" + english.id());
        assertThat(stored.get("version").asInt()).isEqualTo(1);
        assertThat(stored.get("url").asString()).isEqualTo(english.article().sourceUri());
        assertThat(stored.get("entities").findValuesAsString("id")).containsExactly("Q7314", "Q7747", runEntity);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(KafkaTestSupport.deadLetters(bootstrap, malformedKey)).hasSize(1));
        ConsumerRecord<String, String> deadLetter = KafkaTestSupport.deadLetters(bootstrap, malformedKey).get(0);
        String reason = new String(deadLetter.headers().lastHeader(DeadLetterErrorHandlerFactory.REASON_HEADER).value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("not a valid EnrichedArticle");
        assertThat(KafkaTestSupport.deadLetters(bootstrap, english.id())).isEmpty();

    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

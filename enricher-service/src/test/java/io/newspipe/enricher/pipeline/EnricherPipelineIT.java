package io.newspipe.enricher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import io.newspipe.enricher.EnricherApplication;
import io.newspipe.enricher.TestEnrichers;
import io.newspipe.platform.DeadLetterErrorHandlerFactory;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The service against a real broker: clean article in, enriched article out; bad values dead-lettered. */
class EnricherPipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final EventCodec CODEC = new EventCodec();

    private static String bootstrap;
    private static ConfigurableApplicationContext service;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void startService() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        // The cleaner owns the input topic; here we stand in for it.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.CLEAN_ARTICLES, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        long started = System.nanoTime();
        service = EnricherApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "server.port=0",
                "spring.kafka.consumer.group-id=enricher-it-" + UUID.randomUUID(),
                "newspipe.kafka.retry-attempts=0").run();
        System.out.printf("enricher started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void stopService() {
        if (producer != null) {
            producer.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void enrichesACleanArticleAndKeepsGoingAfterAMalformedOne() throws Exception {
        String badKey = "bad-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.CLEAN_ARTICLES, badKey, "{not json")).get();
        String id = ArticleId.of("file:it/" + UUID.randomUUID());
        CleanArticle article = TestEnrichers.article(id, "Putin in Minsk", List.of(
                "President Vladimir Putin arrived in Minsk on Thursday for talks with Alexander Lukashenko.",
                "The two leaders discussed the S-400 air defence system and the Iskander missiles deployed in Belarus."));
        producer.send(new ProducerRecord<>(Topics.CLEAN_ARTICLES, id, CODEC.write(article))).get();

        ConsumerRecord<String, String> dead = firstWithKey(Topics.deadLetter(Topics.CLEAN_ARTICLES), badKey);
        Header reason = dead.headers().lastHeader(DeadLetterErrorHandlerFactory.REASON_HEADER);
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("InvalidEventException");
        assertThat(dead.value()).isEqualTo("{not json");

        ConsumerRecord<String, String> out = firstWithKey(Topics.ENRICHED_ARTICLES, id);
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, out.value());
        EnrichedArticle enriched = CODEC.read(out.value(), EnrichedArticle.class);
        assertThat(enriched.id()).isEqualTo(id);
        assertThat(enriched.article().text()).isEqualTo(article.text());
        assertThat(enriched.language().code()).isEqualTo("en");
        assertThat(enriched.entities()).extracting(Entity::id).contains(
                "per:vladimir-putin", "per:alexander-lukashenko", "loc:city:minsk", "loc:country:BY",
                "misc:weapon:s-400", "misc:weapon:iskander");
        assertThat(enriched.enrichedAt()).isNotNull();

        MeterRegistry meters = service.getBean(MeterRegistry.class);
        assertThat(meters.get(CleanArticleListener.ARTICLES_METRIC).tag("language", "en").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get(CleanArticleListener.ENTITIES_METRIC).tag("type", "PERSON").counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void enrichesTextPostedToTheApi() throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enrich"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CODEC.write(Map.of("title", "Lukaşenko Minsk'te",
                        "text", "Belarus Cumhurbaşkanı Aleksandr Lukaşenko, Minsk’te Rusya Devlet Başkanı Vladimir Putin ile görüştü."))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, json.body());
        EnrichedArticle enriched = CODEC.read(json.body(), EnrichedArticle.class);
        assertThat(enriched.language().code()).isEqualTo("tr");
        assertThat(enriched.entities()).extracting(Entity::id).contains("per:alexander-lukashenko", "loc:city:minsk", "loc:country:RU");

        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/enrich"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("", StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, plain.body());
        EnrichedArticle empty = CODEC.read(plain.body(), EnrichedArticle.class);
        assertThat(empty.language().code()).isEqualTo("und");
        assertThat(empty.entities()).isEmpty();
    }

    private static ConsumerRecord<String, String> firstWithKey(String topic, String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "enricher-it-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record with key " + key + " on " + topic + " within " + TIMEOUT);
    }
}

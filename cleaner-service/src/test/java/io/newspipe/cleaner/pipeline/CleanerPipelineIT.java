package io.newspipe.cleaner.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.cleaner.CleanerApplication;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.platform.DeadLetterErrorHandlerFactory;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class CleanerPipelineIT {

    private static String bootstrap;
    private static ConfigurableApplicationContext app;
    private static final EventCodec codec = new EventCodec();

    @BeforeAll
    static void start() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // The fetcher creates the raw-pages topic in production; here nobody else does.
            admin.createTopics(List.of(new NewTopic(Topics.RAW_PAGES, 3, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        app = CleanerApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "spring.kafka.consumer.group-id=cleaner-it-" + UUID.randomUUID(),
                "server.port=0").run();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void cleansASeedAndDeadLettersGarbageWithoutStopping() throws Exception {
        Path seed;
        try (var files = Files.list(TestInfrastructure.repoRoot().resolve("seeds"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        RawPage first = RawPage.of("file:seeds/" + seed.getFileName(), "seeds", Instant.now(), "text/plain", null,
                Files.readAllBytes(seed));
        String garbageKey = "garbage-" + UUID.randomUUID();
        RawPage next = RawPage.of("https://example.org/after-garbage/" + UUID.randomUUID(), "it", Instant.now(),
                "text/html", "UTF-8", ("<html><head><title>After the garbage</title></head><body><article>"
                        + "<p>The consumer keeps going after a record it cannot read, which is the point of this test, "
                        + "and this paragraph is long enough to count as article prose for the extractor.</p>"
                        + "</article></body></html>").getBytes(StandardCharsets.UTF_8));

        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES, first.id(), codec.write(first))).get();
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES, garbageKey, "this is { not json")).get();
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES, next.id(), codec.write(next))).get();
        }

        Map<String, ConsumerRecord<String, String>> clean = await(Topics.CLEAN_ARTICLES, List.of(first.id(), next.id()));
        String json = clean.get(first.id()).value();
        ContractAssertions.assertConforms(Topics.CLEAN_ARTICLES, json);
        CleanArticle article = codec.read(json, CleanArticle.class);
        assertThat(article.id()).isEqualTo(first.id());
        assertThat(article.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(article.title()).isNotBlank();
        assertThat(article.paragraphs()).isNotEmpty();

        String afterJson = clean.get(next.id()).value();
        ContractAssertions.assertConforms(Topics.CLEAN_ARTICLES, afterJson);
        assertThat(codec.read(afterJson, CleanArticle.class).title()).isEqualTo("After the garbage");

        ConsumerRecord<String, String> dead = await(Topics.deadLetter(Topics.RAW_PAGES), List.of(garbageKey)).get(garbageKey);
        assertThat(dead.value()).isEqualTo("this is { not json");
        Header reason = dead.headers().lastHeader(DeadLetterErrorHandlerFactory.REASON_HEADER);
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("InvalidEventException");

        MeterRegistry meters = app.getBean(MeterRegistry.class);
        assertThat(meters.counter(CleanerMetrics.ARTICLES, "status", "OK").count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void httpEndpointCleansPostedBytes() throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String html = "<html lang=\"de\"><head><meta charset=\"windows-1252\"><title>Gr\u00fc\u00dfe aus M\u00fcnchen | Beispielzeitung</title>"
                + "<meta property=\"og:site_name\" content=\"Beispielzeitung\"></head><body><nav><a href=\"/\">Start</a></nav>"
                + "<article><p>M\u00fcnchen begr\u00fc\u00dft den Fr\u00fchling mit Sonne, W\u00e4rme und vielen Menschen in den Parks der Stadt.</p>"
                + "<p>Keine Kommentare</p></article></body></html>";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/clean?source=https://example.org/gruesse"))
                .header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(html.getBytes("windows-1252"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        ContractAssertions.assertConforms(Topics.CLEAN_ARTICLES, response.body());
        CleanArticle article = codec.read(response.body(), CleanArticle.class);
        assertThat(article.title()).isEqualTo("Gr\u00fc\u00dfe aus M\u00fcnchen");
        assertThat(article.siteName()).isEqualTo("Beispielzeitung");
        assertThat(article.declaredLanguage()).isEqualTo("de");
        assertThat(article.paragraphs()).containsExactly(
                "M\u00fcnchen begr\u00fc\u00dft den Fr\u00fchling mit Sonne, W\u00e4rme und vielen Menschen in den Parks der Stadt.");
        assertThat(article.removed()).extracting(r -> r.rule()).contains("html-navigation", "comment-footer");
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    /** Reads {@code topic} from the beginning until a record with each key has arrived. */
    private static Map<String, ConsumerRecord<String, String>> await(String topic, List<String> keys) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "cleaner-it-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, ConsumerRecord<String, String>> found = new java.util.HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (!found.keySet().containsAll(keys) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(r.key())) {
                        found.put(r.key(), r);
                    }
                }
            }
        }
        assertThat(found.keySet()).as("records on " + topic).containsAll(keys);
        return found;
    }
}

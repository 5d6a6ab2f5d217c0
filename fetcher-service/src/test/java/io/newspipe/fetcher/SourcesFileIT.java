package io.newspipe.fetcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.fetcher.http.TestSite;
import io.newspipe.fetcher.pipeline.SourceCatalog;
import io.newspipe.fetcher.pipeline.SourcesReloader;
import io.newspipe.fetcher.source.Source;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The sources file edited while the fetcher runs, the way a Kubernetes ConfigMap volume updates it (a
 * {@code ..data} symlink swapped, the file's time not moving forward): a source added to the file is
 * fetched, a removed one is no longer scanned, an invalid file leaves the sources in force. Also
 * {@code POST /api/fetch} with {@code file:} URIs inside and outside the directory root.
 */
class SourcesFileIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    private final EventCodec codec = new EventCodec();
    private final TestSite site = new TestSite();
    private String bootstrap;
    private String stateTopic;
    private TopicReader reader;
    private Path configDir;
    private Path inbox;
    private int generation;

    @BeforeEach
    void setUp() throws IOException {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        stateTopic = Topics.FETCH_STATE + ".it-sources-file-" + UUID.randomUUID();
        reader = new TopicReader(bootstrap);
        configDir = Files.createDirectories(temp.resolve("config"));
        inbox = Files.createDirectories(temp.resolve("inbox"));
        for (String feed : List.of("alpha", "beta")) {
            site.serve("/" + feed + "/rss.xml", "application/rss+xml; charset=utf-8", rss("/" + feed + "/story.html"));
            site.serve("/" + feed + "/story.html", "text/html; charset=utf-8",
                    "<html><body><article><p>The " + feed + " story.</p></article></body></html>");
        }
    }

    @AfterEach
    void tearDown() {
        reader.close();
        site.close();
    }

    @Test
    void followsTheSourcesFileWhileRunning() throws Exception {
        Path file = publishConfig(feedSource("alpha-feed", "/alpha/rss.xml"), null);
        Map<TopicPartition, Long> before = reader.endOffsets(Topics.RAW_PAGES);
        try (ConfigurableApplicationContext context = start(file)) {
            SourceCatalog catalog = context.getBean(SourceCatalog.class);
            assertThat(named(catalog, "alpha-feed").awaitFirstScan(WAIT).orElseThrow().counts().published()).isEqualTo(1);
            assertThat(listedNames(context)).contains("alpha-feed");

            // The ConfigMap changes: alpha out, beta in; the new file is even older than the old one.
            Map<TopicPartition, Long> beforeReload = reader.endOffsets(Topics.RAW_PAGES);
            publishConfig(feedSource("beta-feed", "/beta/rss.xml"), FileTime.fromMillis(0));
            await(() -> catalog.named("beta-feed").isPresent(), "beta-feed in force");
            assertThat(named(catalog, "beta-feed").awaitFirstScan(WAIT).orElseThrow().counts().published()).isEqualTo(1);
            assertThat(catalog.named("alpha-feed")).isEmpty();
            assertThat(listedNames(context)).contains("beta-feed").doesNotContain("alpha-feed");

            List<ConsumerRecord<String, String>> records = reader.readFrom(Topics.RAW_PAGES, beforeReload);
            assertThat(records).extracting(ConsumerRecord::key).containsExactly(ArticleId.of(site.url("/beta/story.html")));
            ContractAssertions.assertConforms(Topics.RAW_PAGES, records.get(0).value());
            assertThat(codec.read(records.get(0).value(), RawPage.class).sourceName()).isEqualTo("beta-feed");

            // alpha scanned every 200 ms while configured; not once since it left the file.
            int alphaScans = site.hits("/alpha/rss.xml").size();
            Thread.sleep(1_000);
            assertThat(site.hits("/alpha/rss.xml")).hasSize(alphaScans);
            assertThat(site.hits("/beta/rss.xml").size()).isGreaterThan(1);

            // An invalid file: logged, counted, beta stays and keeps being scanned.
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            publishConfig("sources:\n  - {name: gamma, kind: podcast, url: \"" + site.url("/gamma") + "\"}\n", null);
            await(() -> meters.counter(SourcesReloader.RELOADS, "result", "invalid").count() == 1, "invalid counted");
            assertThat(meters.counter(SourcesReloader.RELOADS, "result", "ok").count()).isEqualTo(2);
            int betaScans = site.hits("/beta/rss.xml").size();
            await(() -> site.hits("/beta/rss.xml").size() > betaScans, "beta still scanned");
            assertThat(listedNames(context)).contains("beta-feed").doesNotContain("gamma");
        }
        assertThat(reader.readFrom(Topics.RAW_PAGES, before)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                ArticleId.of(site.url("/alpha/story.html")), ArticleId.of(site.url("/beta/story.html")));
    }

    @Test
    void fetchesFileUrisInsideTheDirectoryRootOnly() throws Exception {
        Files.writeString(inbox.resolve("note.txt"), "A note dropped in the inbox.", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("secret.txt"), "not to be read", StandardCharsets.UTF_8);
        Path file = publishConfig("sources: []\n", null);
        try (ConfigurableApplicationContext context = start(file)) {
            Map<TopicPartition, Long> before = reader.endOffsets(Topics.RAW_PAGES);
            HttpResponse<String> ok = post(context, "[\"file:note.txt\"]");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(codec.mapper().readTree(ok.body()).get("counts").get("published").asInt()).isEqualTo(1);
            List<ConsumerRecord<String, String>> records = reader.readFrom(Topics.RAW_PAGES, before);
            assertThat(records).extracting(ConsumerRecord::key).containsExactly(ArticleId.of("file:note.txt"));
            ContractAssertions.assertConforms(Topics.RAW_PAGES, records.get(0).value());

            for (String outside : List.of("file:../secret.txt", temp.resolve("secret.txt").toUri().toString())) {
                HttpResponse<String> refused = post(context, "[\"" + outside + "\"]");
                assertThat(refused.statusCode()).as(outside).isEqualTo(400);
                assertThat(refused.body()).contains("not a file inside the directory root");
            }
        }
    }

    /** A sources file with one feed scanned every 200 ms. */
    private String feedSource(String name, String path) {
        return "sources:\n  - name: " + name + "\n    kind: feed\n    url: \"" + site.url(path)
                + "\"\n    interval: 200ms\n    max-pages: 10\n";
    }

    private String rss(String path) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title><link>"
                + site.url("/") + "</link><description>d</description><item><title>s</title><link>" + site.url(path)
                + "</link></item></channel></rss>";
    }

    /**
     * Writes {@code content} the way the kubelet updates a ConfigMap volume: into a new timestamped
     * directory, then the {@code ..data} symlink is swapped by an atomic rename.
     *
     * @param modified the new file's modification time, or null to leave it
     */
    private Path publishConfig(String content, FileTime modified) throws IOException {
        Path version = Files.createDirectories(configDir.resolve("..version_" + (++generation)));
        Path written = Files.writeString(version.resolve("sources.yaml"), content, StandardCharsets.UTF_8);
        if (modified != null) {
            Files.setLastModifiedTime(written, modified);
        }
        Path swap = Files.createSymbolicLink(configDir.resolve("..data_tmp"), version.getFileName());
        Files.move(swap, configDir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path file = configDir.resolve("sources.yaml");
        if (!Files.isSymbolicLink(file)) {
            Files.createSymbolicLink(file, Path.of("..data/sources.yaml"));
        }
        return file;
    }

    private ConfigurableApplicationContext start(Path sourcesFile) {
        return FetcherApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "server.port=0",
                "newspipe.fetcher.directory.enabled=false",
                "newspipe.fetcher.directory.path=" + inbox,
                "newspipe.fetcher.state-topic=" + stateTopic,
                "newspipe.fetcher.http.allow-loopback=true",
                "newspipe.fetcher.http.politeness-delay=0s",
                "newspipe.fetcher.sources-file=" + sourcesFile,
                "newspipe.fetcher.sources-reload-interval=100ms").run();
    }

    private static Source named(SourceCatalog catalog, String name) {
        return catalog.named(name).orElseThrow().source();
    }

    private List<String> listedNames(ConfigurableApplicationContext context) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri(context, "/api/sources")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode source : codec.mapper().readTree(response.body())) {
            names.add(source.get("name").asString());
        }
        return names;
    }

    private HttpResponse<String> post(ConfigurableApplicationContext context, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(context, "/api/fetch"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}

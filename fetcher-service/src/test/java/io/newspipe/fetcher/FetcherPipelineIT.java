package io.newspipe.fetcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.fetcher.directory.DirectoryFetcher;
import io.newspipe.fetcher.pipeline.ScanMetrics;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Outcome;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The fetcher against a real broker on a copy of the repository's seeds: every page is published once,
 * a restart publishes nothing, a changed or added file exactly once.
 */
class FetcherPipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SOURCE_NAME = "it-seeds";

    @TempDir
    Path temp;

    private final EventCodec codec = new EventCodec();
    private String bootstrap;
    private String stateTopic;
    private Path root;
    private TopicReader reader;

    @BeforeEach
    void setUp() throws IOException {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        stateTopic = Topics.FETCH_STATE + ".it-" + UUID.randomUUID();
        root = temp.resolve("seeds");
        Files.createDirectories(root);
        try (Stream<Path> seeds = Files.list(TestInfrastructure.repoRoot().resolve("seeds"))) {
            for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(seed, root.resolve(seed.getFileName().toString()));
            }
        }
        reader = new TopicReader(bootstrap);
    }

    @AfterEach
    void tearDown() {
        reader.close();
    }

    @Test
    void publishesEachPageOnceAcrossRestartsAndChanges() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(root)) {
            seeds = files.sorted().toList();
        }
        assertThat(seeds).as("seed files").isNotEmpty();
        Map<String, Path> seedById = seeds.stream().collect(java.util.stream.Collectors.toMap(
                p -> ArticleId.of("file:" + p.getFileName()), p -> p));

        // First start: every seed once.
        Map<TopicPartition, Long> beforeFirst = reader.endOffsets(Topics.RAW_PAGES);
        try (ConfigurableApplicationContext first = start(Duration.ofHours(1))) {
            ScanReport report = first.getBean(DirectoryFetcher.class).awaitFirstScan(WAIT).orElseThrow();
            assertThat(report.succeeded()).isTrue();
            assertThat(report.counts().published()).isEqualTo(seeds.size());

            List<ConsumerRecord<String, String>> records = reader.readFrom(Topics.RAW_PAGES, beforeFirst);
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(seedById.keySet());
            for (ConsumerRecord<String, String> record : records) {
                ContractAssertions.assertConforms(Topics.RAW_PAGES, record.value());
                RawPage page = codec.read(record.value(), RawPage.class);
                Path seed = seedById.get(record.key());
                assertThat(page.id()).isEqualTo(record.key());
                assertThat(page.sourceUri()).isEqualTo("file:" + seed.getFileName());
                assertThat(page.sourceName()).isEqualTo(SOURCE_NAME);
                assertThat(page.contentType()).isEqualTo("text/plain");
                assertThat(page.charset()).isNull();
                assertThat(page.body()).isEqualTo(Files.readAllBytes(seed));
                assertThat(page.sha256()).isEqualTo(ArticleId.sha256Hex(Files.readAllBytes(seed)));
            }
            MeterRegistry meters = first.getBean(MeterRegistry.class);
            assertThat(meters.counter(ScanMetrics.PAGES, "source", SOURCE_NAME, "outcome", "published").count())
                    .isEqualTo(seeds.size());
        }

        // Restart on the same directory, rescanning every second: nothing again.
        Map<TopicPartition, Long> beforeRestart = reader.endOffsets(Topics.RAW_PAGES);
        try (ConfigurableApplicationContext second = start(Duration.ofSeconds(1))) {
            DirectoryFetcher fetcher = second.getBean(DirectoryFetcher.class);
            ScanReport report = fetcher.awaitFirstScan(WAIT).orElseThrow();
            assertThat(report.counts().unchanged()).isEqualTo(seeds.size());
            assertThat(report.counts().published()).isZero();
            assertThat(reader.readFrom(Topics.RAW_PAGES, beforeRestart)).isEmpty();

            // One file changes: that one only, once.
            Path changed = seeds.get(seeds.size() - 1);
            String changedId = ArticleId.of("file:" + changed.getFileName());
            byte[] newBody = (Files.readString(changed) + "\n\nA correction was appended.\n").getBytes(StandardCharsets.UTF_8);
            Map<TopicPartition, Long> beforeChange = reader.endOffsets(Topics.RAW_PAGES);
            Instant changedAt = replace(changed, newBody);
            fetcher.scanNow();
            awaitSeenUnchangedAfter(fetcher, "file:" + changed.getFileName(), changedAt);
            List<ConsumerRecord<String, String>> afterChange = reader.readFrom(Topics.RAW_PAGES, beforeChange);
            assertThat(afterChange).extracting(ConsumerRecord::key).containsExactly(changedId);
            assertThat(codec.read(afterChange.get(0).value(), RawPage.class).body()).isEqualTo(newBody);

            // A file is added while running: the scheduled rescan publishes it, once.
            Map<TopicPartition, Long> beforeAdd = reader.endOffsets(Topics.RAW_PAGES);
            Instant addedAt = replace(root.resolve("later/added.html"),
                    "<html><body><p>Added while running.</p></body></html>".getBytes(StandardCharsets.UTF_8));
            awaitSeenUnchangedAfter(fetcher, "file:later/added.html", addedAt);
            List<ConsumerRecord<String, String>> afterAdd = reader.readFrom(Topics.RAW_PAGES, beforeAdd);
            assertThat(afterAdd).extracting(ConsumerRecord::key).containsExactly(ArticleId.of("file:later/added.html"));
            RawPage added = codec.read(afterAdd.get(0).value(), RawPage.class);
            ContractAssertions.assertConforms(Topics.RAW_PAGES, afterAdd.get(0).value());
            assertThat(added.contentType()).isEqualTo("text/html");
            assertThat(added.sourceUri()).isEqualTo("file:later/added.html");

            JsonNode sources = getJson(second, "/api/sources");
            assertThat(sources.size()).isEqualTo(1);
            assertThat(sources.get(0).get("name").asString()).isEqualTo(SOURCE_NAME);
            assertThat(sources.get(0).get("kind").asString()).isEqualTo("directory");
            assertThat(sources.get(0).get("lastScan").get("counts").get("unchanged").asInt()).isEqualTo(seeds.size() + 1);
            JsonNode detail = getJson(second, "/api/sources/" + SOURCE_NAME);
            assertThat(detail.get("lastScan").get("items").size()).isEqualTo(seeds.size() + 1);
        }
    }

    @Test
    void aMissingDirectoryIsReportedWithoutStoppingTheService() throws Exception {
        Path missing = temp.resolve("does-not-exist");
        try (ConfigurableApplicationContext context = start(missing, Duration.ofHours(1))) {
            ScanReport report = context.getBean(DirectoryFetcher.class).awaitFirstScan(WAIT).orElseThrow();
            assertThat(report.succeeded()).isFalse();
            assertThat(report.error()).contains("does-not-exist");
            assertThat(context.getBean(MeterRegistry.class)
                    .counter(ScanMetrics.SCANS, "source", SOURCE_NAME, "result", "failed").count()).isEqualTo(1);
            assertThat(context.isRunning()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(Duration scanInterval) {
        return start(root, scanInterval);
    }

    private ConfigurableApplicationContext start(Path directory, Duration scanInterval) {
        return FetcherApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "server.port=0",
                "newspipe.fetcher.directory.path=" + directory,
                "newspipe.fetcher.directory.name=" + SOURCE_NAME,
                "newspipe.fetcher.directory.scan-interval=" + scanInterval.toMillis() + "ms",
                "newspipe.fetcher.state-topic=" + stateTopic).run();
    }

    /** Writes beside the root and moves into place, so a scan never sees a half-written file. */
    private Instant replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempFile(temp, "staging", ".tmp");
        Files.write(staging, content);
        Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Instant.now(); // a scan starting later reads the new content

    }

    /**
     * Waits for a scan that started after {@code since} and found {@code sourceUri} unchanged: by then its
     * new content was published by an earlier scan, and no later scan can publish it again.
     */
    private static void awaitSeenUnchangedAfter(DirectoryFetcher fetcher, String sourceUri, Instant since)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean settled = fetcher.lastReport()
                    .filter(r -> r.startedAt().isAfter(since))
                    .map(r -> r.items().stream().anyMatch(i -> i.sourceUri().equals(sourceUri)
                            && i.outcome() == Outcome.UNCHANGED))
                    .orElse(false);
            if (settled) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no scan found " + sourceUri + " unchanged after " + since + "; last: "
                + fetcher.lastReport().orElse(null));
    }

    private JsonNode getJson(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return codec.mapper().readTree(response.body());
    }
}

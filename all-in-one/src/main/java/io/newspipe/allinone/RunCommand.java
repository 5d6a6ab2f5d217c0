package io.newspipe.allinone;

import io.newspipe.allinone.broker.EmbeddedKafkaServer;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.Source;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code newspipe run}: an embedded KRaft broker, an H2 file store and the four services in this process;
 * the pages of a folder go through, a summary of what was stored is printed, and the query API keeps serving.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on a folder of pages (embedded Kafka broker and H2 store), print what was stored, and serve the query API.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of pages to ingest (default: the repository's seeds/).")
    Path seeds = NewspipeCli.home().resolve("seeds");

    @Option(names = "--data", paramLabel = "DIR", description = "Folder for the broker's log and the store's database (default: .newspipe/data).")
    Path data = NewspipeCli.home().resolve(".newspipe").resolve("data");

    @Option(names = "--port", paramLabel = "N", description = "Port of the query API (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 8080;

    @Option(names = "--once", description = "Exit once the pages are stored instead of serving the API.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for the pages to be stored (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 180;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (!Files.isDirectory(seeds)) {
            System.err.println("newspipe: no such folder: " + seeds.toAbsolutePath());
            return 2;
        }
        Files.createDirectories(data);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        EmbeddedKafkaServer kafka = EmbeddedKafkaServer.start(data);
        progress("Kafka broker ready at %s", kafka.bootstrapServers(), started);
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(new Pipeline.Settings(kafka.bootstrapServers(), seeds, h2Store(data.resolve("store")),
                    port, Map.of()));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        progress("services started; reading %s", seeds.toAbsolutePath().normalize(), started);
        Runnable stop = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    pipeline.close();
                    kafka.close();
                }
            }
        };
        try {
            List<ScanReport.Item> pages = scannedPages(pipeline, timeout);
            StoreApiClient store = new StoreApiClient(pipeline.apiPort());
            Map<String, JsonNode> stored = awaitStored(store, pages, timeout);
            printSummary(stored, pages, Duration.ofNanos(System.nanoTime() - started));
            printStories(store);
            if (once) {
                return stored.size() == pages.size() ? 0 : 1;
            }
            out.printf("%nQuery API: %s (Ctrl-C to stop)%n", store.articlesUri());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.run();
                stopped.countDown();
            }, "newspipe-shutdown"));
            stopped.await();
            return 0;
        } finally {
            stop.run();
        }
    }

    /** One line on standard error per stage, so a slow start is visible without burying the summary. */
    private static void progress(String format, Object argument, long started) {
        System.err.printf("newspipe: " + format + " (%.1f s)%n", argument, (System.nanoTime() - started) / 1e9);
    }

    static Map<String, Object> h2Store(Path dir) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("newspipe")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.put("spring.datasource.username", "sa");
        p.put("spring.datasource.password", "");
        return p;
    }

    private List<ScanReport.Item> scannedPages(Pipeline pipeline, Duration timeout) {
        List<ScanReport.Item> pages = new ArrayList<>();
        for (Source source : pipeline.fetcherBeans(Source.class)) {
            ScanReport report = source.awaitFirstScan(timeout)
                    .orElseThrow(() -> new IllegalStateException("source " + source.name() + " did not finish its first scan"));
            if (!report.succeeded()) {
                throw new IllegalStateException("source " + source.name() + " failed: " + report.error());
            }
            for (ScanReport.Item item : report.items()) {
                if (item.outcome() == ScanReport.Outcome.PUBLISHED || item.outcome() == ScanReport.Outcome.UNCHANGED) {
                    pages.add(item);
                } else {
                    System.err.printf("newspipe: %s %s: %s%n", item.outcome().name().toLowerCase(), item.sourceUri(), item.reason());
                }
            }
        }
        return pages;
    }

    /** Waits until every page is in the store in its current content version, or the timeout passes. */
    private Map<String, JsonNode> awaitStored(StoreApiClient store, List<ScanReport.Item> pages, Duration timeout)
            throws InterruptedException {
        Map<String, String> expectedVersion = new LinkedHashMap<>();
        for (ScanReport.Item page : pages) {
            expectedVersion.put(page.articleId(), page.contentSha256()); // the version this scan saw
        }
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stored.size() < pages.size() && System.nanoTime() < deadline) {
            for (Map.Entry<String, String> e : expectedVersion.entrySet()) {
                if (!stored.containsKey(e.getKey())) {
                    Optional<JsonNode> article = store.article(e.getKey());
                    if (article.isPresent() && isVersion(article.get(), e.getValue())) {
                        stored.put(e.getKey(), article.get());
                    }
                }
            }
            if (stored.size() < pages.size()) {
                Thread.sleep(200);
            }
        }
        return stored;
    }

    private static boolean isVersion(JsonNode article, String expected) {
        JsonNode version = article.get("contentVersion");
        return expected == null || version == null || version.isNull() || expected.equals(version.asString());
    }

    private void printSummary(Map<String, JsonNode> stored, List<ScanReport.Item> pages, Duration took) {
        out.printf("stored %d article%s in %.1f s%n", stored.size(), stored.size() == 1 ? "" : "s", took.toMillis() / 1000.0);
        for (JsonNode article : stored.values()) {
            out.printf("%n  %s%n", text(article, "title"));
            out.printf("    source:   %s%n", text(article, "url"));
            out.printf("    language: %s (%.2f)%n", text(article, "language"), article.path("languageConfidence").asDouble());
            out.printf("    entities: %s%n", StreamSupport.stream(article.path("entities").spliterator(), false)
                    .map(e -> text(e, "name") + " [" + text(e, "type") + "]")
                    .collect(Collectors.joining(", ")));
        }
        for (ScanReport.Item page : pages) {
            if (!stored.containsKey(page.articleId())) {
                out.printf("%n  NOT STORED: %s (id %s) — see the dead-letter topics and the log%n", page.sourceUri(), page.articleId());
            }
        }
    }

    private void printStories(StoreApiClient store) {
        for (JsonNode story : store.storiesWithSeveralArticles().path("items")) {
            out.printf("%n  story: %s — %d articles in %s%n", text(story, "title"), story.path("articleCount").asInt(),
                    StreamSupport.stream(story.path("languages").spliterator(), false)
                            .map(l -> text(l, "language")).collect(Collectors.joining(", ")));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asString();
    }
}

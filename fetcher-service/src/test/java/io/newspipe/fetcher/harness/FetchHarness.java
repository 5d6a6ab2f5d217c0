package io.newspipe.fetcher.harness;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.http.HttpSettings;
import io.newspipe.fetcher.http.TestSite;
import io.newspipe.fetcher.remote.PageFetcher;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.InMemoryFetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurements for the closing note, not tests: run with
 * {@code ./mvnw -o -pl fetcher-service test -Dtest=FetchHarness -Dnewspipe.harness=true}.
 * Pages/s: the whole fetch path (robots, politeness 0, canonical URL, HTTP, decode, publish-once check)
 * against a loopback server, publishing into a counter. Heap: what the fetch-state map holds per 100k URLs.
 */
@EnabledIfSystemProperty(named = "newspipe.harness", matches = "true")
class FetchHarness {

    @Test
    void pagesPerSecondAtPolitenessZero() {
        int pages = Integer.getInteger("newspipe.harness.pages", 3000);
        String body = "<html><body><article>" + "<p>Some paragraph of a news article, of typical length.</p>".repeat(60)
                + "</article></body></html>"; // ~4 KB, a small article page
        // JDK's server with TCP_NODELAY: MockWebServer (and this server without it) answer a sequential
        // keep-alive client only ~21 times a second on loopback (Nagle + delayed ACK, ~40 ms per response),
        // which would measure the server's socket settings, not the fetcher.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        com.sun.net.httpserver.HttpServer server;
        try {
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 128);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] bytes = (path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n" : body + path)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            for (int concurrency : new int[] {1, 8}) {
                AtomicLong published = new AtomicLong();
                InMemoryFetchStateStore states = new InMemoryFetchStateStore();
                OncePublisher once = new OncePublisher(page -> published.incrementAndGet(), states, Clock.systemUTC(),
                        Duration.ofHours(1));
                HttpSettings settings = HttpSettings.defaults().withLoopbackAllowed().withPoliteness(Duration.ZERO);
                settings = new HttpSettings(settings.userAgent(), settings.robotsAgentName(), settings.connectTimeout(),
                        settings.readTimeout(), settings.maxRedirects(), settings.maxBodyBytes(), Duration.ZERO,
                        settings.maxCrawlDelay(), concurrency, settings.robotsCacheTtl(), settings.robotsFailureTtl(),
                        settings.maxAttempts(), settings.backoffBase(), settings.backoffMax(), settings.maxRetryAfter(),
                        true, false);
                HttpFetcher http = new HttpFetcher(settings, new SimpleMeterRegistry());
                try (PageFetcher fetcher = new PageFetcher(http, once, states, PageFetcher.newPool(concurrency),
                        Clock.systemUTC())) {
                    List<String> urls = new ArrayList<>();
                    for (int i = 0; i < pages; i++) {
                        urls.add(base + "/a/" + i);
                    }
                    fetcher.fetchAll(urls.subList(0, Math.min(200, pages)), "warm-up", Duration.ZERO, true); // JIT
                    long started = System.nanoTime();
                    List<ScanReport.Item> items = fetcher.fetchAll(urls, "harness", Duration.ZERO, true);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf("HARNESS concurrency=%d pages=%d published=%d in %.2f s = %.0f pages/s%n",
                            concurrency, items.size(), published.get(), seconds, items.size() / seconds);
                }
            }
        } finally {
            server.stop(0);
        }
    }

    /** The server and JDK client alone, for comparison: what the loopback set-up allows at all. */
    @Test
    void rawClientBaseline() throws Exception {
        try (TestSite site = new TestSite()) {
            site.serve("/a", "text/html", "<p>" + "x".repeat(4000) + "</p>");
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/a"))).build();
            for (int i = 0; i < 100; i++) {
                client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            }
            int n = 500;
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("HARNESS raw JDK client, sequential: %.0f requests/s%n", n / seconds);
        }
    }

    @Test
    void heapHeldPer100kKnownUrls() {
        int urls = 100_000;
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        // The same map type and key as KafkaFetchStateStore: source URI -> FetchState.
        Map<String, FetchState> map = new ConcurrentHashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < urls; i++) {
            String uri = "https://www.example-news-site.com/world/2026/11/23/some-article-headline-slug-" + i;
            FetchState state = FetchState.published(uri, "example-feed", ArticleId.sha256Hex(uri.getBytes()), now)
                    .withFetchInfo("\"" + Integer.toHexString(i) + "-5f3a9c2b\"", "Mon, 23 Nov 2026 10:00:00 GMT",
                            now.plusSeconds(21600));
            map.put(uri, state);
        }
        long after = usedAfterGc(runtime);
        System.out.printf("HARNESS fetch-state map: %d URLs hold %.1f MB (%.0f bytes per URL)%n", map.size(),
                (after - before) / 1e6, (after - before) / (double) urls);
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

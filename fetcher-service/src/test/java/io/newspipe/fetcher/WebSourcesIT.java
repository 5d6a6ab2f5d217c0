package io.newspipe.fetcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.http.TestSite;
import io.newspipe.fetcher.pipeline.SourceCatalog;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.Source;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A news-like site on loopback (feed + pages) behind a configured feed source, against the in-JVM broker:
 * each article once on {@code news.raw-pages.v1}; after a restart nothing again, and what is new since, once.
 */
class WebSourcesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String FEED_SOURCE = "it-news-feed";

    @TempDir
    Path temp;

    private final EventCodec codec = new EventCodec();
    private final TestSite site = new TestSite();
    private final AtomicReference<List<String>> feedItems = new AtomicReference<>();
    private String bootstrap;
    private String stateTopic;
    private TopicReader reader;

    @BeforeEach
    void setUp() {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        stateTopic = Topics.FETCH_STATE + ".it-web-" + UUID.randomUUID();
        reader = new TopicReader(bootstrap);
        site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /admin/\n");
        site.serve("/news/rss.xml", request -> TestSite.ok("application/rss+xml; charset=utf-8", rss(feedItems.get())));
        for (int i = 1; i <= 4; i++) {
            site.serve("/news/" + i + ".html", "text/html; charset=utf-8",
                    "<html><head><title>Story " + i + "</title></head><body><article><p>Story number " + i
                            + " happened today.</p></article></body></html>");
        }
        site.serve("/admin/secret.html", "text/html", "<p>not for crawlers</p>");
    }

    @AfterEach
    void tearDown() {
        reader.close();
        site.close();
    }

    @Test
    void feedPagesReachTheTopicOnceAcrossARestart() throws Exception {
        feedItems.set(List.of("/news/1.html", "/news/2.html?utm_source=rss", "/admin/secret.html"));
        Map<TopicPartition, Long> beforeFirst = reader.endOffsets(Topics.RAW_PAGES);
        try (ConfigurableApplicationContext first = start()) {
            ScanReport report = feedSource(first).awaitFirstScan(WAIT).orElseThrow();
            assertThat(report.succeeded()).as("first scan: %s", report).isTrue();
            assertThat(report.counts().published()).isEqualTo(2);
            assertThat(report.counts().skipped()).isEqualTo(1); // robots.txt

            List<ConsumerRecord<String, String>> records = reader.readFrom(Topics.RAW_PAGES, beforeFirst);
            assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                    ArticleId.of(site.url("/news/1.html")), ArticleId.of(site.url("/news/2.html")));
            for (ConsumerRecord<String, String> record : records) {
                ContractAssertions.assertConforms(Topics.RAW_PAGES, record.value());
                RawPage page = codec.read(record.value(), RawPage.class);
                assertThat(page.sourceName()).isEqualTo(FEED_SOURCE);
                assertThat(page.contentType()).isEqualTo("text/html");
                assertThat(page.charset()).isEqualTo("UTF-8");
                assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Story number");
            }
            assertThat(site.hits("/admin/secret.html")).isEmpty();
            MeterRegistry meters = first.getBean(MeterRegistry.class);
            assertThat(meters.counter(HttpFetcher.ROBOTS_DENIALS, "host", "127.0.0.1").count()).isEqualTo(1);

            JsonNode sources = getJson(first, "/api/sources");
            JsonNode feed = null;
            for (JsonNode source : sources) {
                if (source.get("name").asString().equals(FEED_SOURCE)) {
                    feed = source;
                }
            }
            assertThat(feed).as("feed source listed in %s", sources).isNotNull();
            assertThat(feed.get("kind").asString()).isEqualTo("feed");
            assertThat(feed.get("location").asString()).isEqualTo(site.url("/news/rss.xml"));
        }

        // Restart; the feed has gained an item meanwhile: that one is published, nothing else, and the
        // known pages are not even fetched again (not due yet).
        feedItems.set(List.of("/news/3.html", "/news/1.html", "/news/2.html", "/admin/secret.html"));
        int pageHitsBefore = site.hits("/news/1.html").size() + site.hits("/news/2.html").size();
        Map<TopicPartition, Long> beforeRestart = reader.endOffsets(Topics.RAW_PAGES);
        try (ConfigurableApplicationContext second = start()) {
            ScanReport report = feedSource(second).awaitFirstScan(WAIT).orElseThrow();
            assertThat(report.counts().published()).as("after restart: %s", report).isEqualTo(1);
            assertThat(report.counts().unchanged()).isEqualTo(2);
            assertThat(reader.readFrom(Topics.RAW_PAGES, beforeRestart)).extracting(ConsumerRecord::key)
                    .containsExactly(ArticleId.of(site.url("/news/3.html")));
            assertThat(site.hits("/news/1.html").size() + site.hits("/news/2.html").size()).isEqualTo(pageHitsBefore);

            // Ad hoc: a new page once, a known one not again.
            Map<TopicPartition, Long> beforeAdHoc = reader.endOffsets(Topics.RAW_PAGES);
            JsonNode adHoc = postJson(second, "/api/fetch",
                    "[\"" + site.url("/news/4.html") + "\", \"" + site.url("/news/1.html#x") + "\"]");
            assertThat(adHoc.get("counts").get("published").asInt()).isEqualTo(1);
            assertThat(adHoc.get("counts").get("unchanged").asInt()).isEqualTo(1);
            assertThat(reader.readFrom(Topics.RAW_PAGES, beforeAdHoc)).extracting(ConsumerRecord::key)
                    .containsExactly(ArticleId.of(site.url("/news/4.html")));
        }
    }

    private String rss(List<String> paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>").append(path).append("</title><link>").append(site.url(path))
                    .append("</link></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>IT news</title><link>"
                + site.url("/") + "</link><description>d</description>" + items + "</channel></rss>";
    }

    private static Source feedSource(ConfigurableApplicationContext context) {
        return context.getBean(SourceCatalog.class).named(FEED_SOURCE).orElseThrow().source();
    }

    private ConfigurableApplicationContext start() {
        return FetcherApplication.builder().properties(
                "spring.kafka.bootstrap-servers=" + bootstrap,
                "server.port=0",
                "newspipe.fetcher.directory.enabled=false",
                "newspipe.fetcher.directory.path=" + temp,
                "newspipe.fetcher.state-topic=" + stateTopic,
                "newspipe.fetcher.http.allow-loopback=true",
                "newspipe.fetcher.http.politeness-delay=0s",
                "newspipe.fetcher.sources[0].name=" + FEED_SOURCE,
                "newspipe.fetcher.sources[0].kind=feed",
                "newspipe.fetcher.sources[0].url=" + site.url("/news/rss.xml"),
                "newspipe.fetcher.sources[0].interval=1h").run();
    }

    private JsonNode getJson(ConfigurableApplicationContext context, String path) throws Exception {
        return send(context, HttpRequest.newBuilder(uri(context, path)).GET().build());
    }

    private JsonNode postJson(ConfigurableApplicationContext context, String path, String json) throws Exception {
        return send(context, HttpRequest.newBuilder(uri(context, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private JsonNode send(ConfigurableApplicationContext context, HttpRequest request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", request.uri(), response.body()).isEqualTo(200);
        return codec.mapper().readTree(response.body());
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path);
    }
}

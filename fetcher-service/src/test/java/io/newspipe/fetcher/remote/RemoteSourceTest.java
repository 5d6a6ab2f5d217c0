package io.newspipe.fetcher.remote;

import static io.newspipe.fetcher.http.TestSite.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.RawPage;
import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.http.HttpSettings;
import io.newspipe.fetcher.http.TestSite;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.RecordingPagePublisher;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Outcome;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.InMemoryFetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Web sources over real HTTP on loopback, publishing into memory. */
class RemoteSourceTest {

    private final TestSite site = new TestSite();
    private final RecordingPagePublisher recorded = new RecordingPagePublisher();
    private final InMemoryFetchStateStore states = new InMemoryFetchStateStore();
    private final OncePublisher once = new OncePublisher(recorded, states, Clock.systemUTC(), Duration.ofHours(1));
    private final HttpFetcher http = new HttpFetcher(HttpSettings.defaults().withLoopbackAllowed()
            .withPoliteness(Duration.ZERO).withTimeouts(Duration.ofSeconds(2), 2, Duration.ofMillis(20)),
            new SimpleMeterRegistry());
    private final PageFetcher pages = new PageFetcher(http, once, states, PageFetcher.newPool(4), Clock.systemUTC());

    @AfterEach
    void tearDown() {
        pages.close();
        site.close();
    }

    private RemoteSource source(RemoteSource.Kind kind, String path, Duration revisit) {
        return new RemoteSource(new RemoteSource.Settings("test-" + kind.label(), kind, site.url(path), 10, revisit, 10),
                http, pages, once, Clock.systemUTC(), List.of());
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>").append(path).append("</title><link>").append(site.url(path))
                    .append("?utm_source=feed</link></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + site.url("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void publishesEachFeedItemOnceAndLeavesPagesAloneUntilDue() {
        site.serve("/feed.xml", "application/rss+xml", rss("/a/1", "/a/2"));
        site.serve("/a/1", "text/html; charset=utf-8", "<p>one</p>");
        site.serve("/a/2", "text/html", "<p>two</p>");
        RemoteSource feed = source(RemoteSource.Kind.FEED, "/feed.xml", Duration.ofHours(1));

        ScanReport first = feed.scanNow();
        ScanReport second = feed.scanNow();

        assertThat(first.succeeded()).isTrue();
        assertThat(first.counts().published()).isEqualTo(2);
        List<RawPage> published = recorded.published();
        assertThat(published).extracting(RawPage::sourceUri).containsExactlyInAnyOrder(site.url("/a/1"), site.url("/a/2"));
        RawPage one = published.stream().filter(p -> p.sourceUri().endsWith("/a/1")).findFirst().orElseThrow();
        assertThat(one.id()).isEqualTo(ArticleId.of(site.url("/a/1")));
        assertThat(one.charset()).isEqualTo("UTF-8");
        assertThat(one.contentType()).isEqualTo("text/html");
        assertThat(one.sourceName()).isEqualTo("test-feed");
        assertThat(second.counts().unchanged()).isEqualTo(2);
        assertThat(second.items()).allSatisfy(item -> assertThat(item.reason()).startsWith("not due"));
        assertThat(site.hits("/a/1")).hasSize(1);
        assertThat(recorded.published()).hasSize(2);
        FetchState state = states.find(site.url("/a/1")).orElseThrow();
        assertThat(state.nextDueAt()).isAfter(state.lastSeenAt().plus(Duration.ofMinutes(59)));
    }

    @Test
    void aDuePageIsAskedForConditionallyAndA304PublishesNothing() {
        site.serve("/page", request -> "\"e1\"".equals(request.getHeaders().get("If-None-Match"))
                ? new MockResponse.Builder().code(304).build()
                : new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").setHeader("ETag", "\"e1\"")
                .body("<p>page</p>").build());
        RemoteSource page = source(RemoteSource.Kind.URL, "/page", Duration.ZERO);

        ScanReport first = page.scanNow();
        ScanReport second = page.scanNow();

        assertThat(first.counts().published()).isEqualTo(1);
        assertThat(second.counts().unchanged()).isEqualTo(1);
        assertThat(second.items().get(0).reason()).contains("304");
        assertThat(site.hits("/page")).hasSize(2);
        assertThat(site.hits("/page").get(1).header("If-None-Match")).isEqualTo("\"e1\"");
        assertThat(recorded.published()).hasSize(1);
        assertThat(states.find(site.url("/page")).orElseThrow().etag()).isEqualTo("\"e1\"");
    }

    @Test
    void aChangedPageIsPublishedAgainOnceAndSameBytesAreNot() {
        AtomicReference<String> body = new AtomicReference<>("<p>v1</p>");
        site.serve("/page", request -> ok("text/html", body.get()));
        RemoteSource page = source(RemoteSource.Kind.URL, "/page", Duration.ZERO);

        page.scanNow();
        page.scanNow();
        body.set("<p>v2</p>");
        ScanReport changed = page.scanNow();

        assertThat(changed.counts().published()).isEqualTo(1);
        assertThat(recorded.published()).extracting(p -> new String(p.body())).containsExactly("<p>v1</p>", "<p>v2</p>");
    }

    @Test
    void readsASitemapIndexAndItsNewsSitemap() {
        site.serve("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(site.url("/sitemap-news.xml")));
        site.serve("/sitemap-news.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s</loc><news:news><news:publication><news:name>N</news:name><news:language>tr</news:language>
                    </news:publication><news:publication_date>2026-11-23T07:00:00Z</news:publication_date>
                    <news:title>Haber</news:title></news:news></url>
                  <url><loc>%s</loc></url>
                </urlset>""".formatted(site.url("/haber/1"), site.url("/photo.jpg")));
        site.serve("/haber/1", "text/html; charset=windows-1254", "<p>haber</p>");
        site.serve("/photo.jpg", "image/jpeg", "JPEG");
        RemoteSource sitemap = source(RemoteSource.Kind.SITEMAP, "/sitemap.xml", Duration.ofHours(1));

        ScanReport report = sitemap.scanNow();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.counts().published()).isEqualTo(1);
        assertThat(report.itemsWith(Outcome.SKIPPED)).singleElement()
                .satisfies(item -> assertThat(item.reason()).startsWith("content-type"));
        assertThat(recorded.published()).singleElement().satisfies(p -> {
            assertThat(p.sourceUri()).isEqualTo(site.url("/haber/1"));
            assertThat(p.charset()).isEqualTo("windows-1254");
        });
    }

    @Test
    void anUnreachableFeedFailsTheScanWithItsReason() {
        site.serve("/feed.xml", new MockResponse.Builder().code(404).build());

        ScanReport report = source(RemoteSource.Kind.FEED, "/feed.xml", Duration.ofHours(1)).scanNow();

        assertThat(report.succeeded()).isFalse();
        assertThat(report.error()).contains("http-4xx").contains("feed.xml");
    }

    @Test
    void adHocFetchesPublishOnceEvenWhenAskedTwice() {
        site.serve("/x", "text/plain", "plain news");
        AdHocFetch adHoc = new AdHocFetch(pages, once, Clock.systemUTC(), Duration.ofHours(1), 10, List.of());

        ScanReport first = adHoc.fetch(List.of(site.url("/x"), site.url("/x#again"), site.url("/x?utm_medium=m")));
        ScanReport second = adHoc.fetch(List.of(site.url("/x")));

        assertThat(first.items()).hasSize(1);
        assertThat(first.counts().published()).isEqualTo(1);
        assertThat(second.counts().unchanged()).isEqualTo(1);
        assertThat(site.hits("/x")).hasSize(2); // ad hoc ignores "not due"
        assertThat(recorded.published()).hasSize(1);
    }
}

package io.newspipe.fetcher.http;

import static io.newspipe.fetcher.http.TestSite.ok;
import static io.newspipe.fetcher.http.TestSite.redirect;
import static io.newspipe.fetcher.http.TestSite.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.fetcher.http.HttpResult.Kind;
import io.newspipe.fetcher.http.HttpResult.Validators;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP client over real HTTP on loopback. */
class HttpFetcherTest {

    private static final String HTML = "text/html; charset=utf-8";

    private final TestSite site = new TestSite();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterEach
    void tearDown() {
        site.close();
    }

    private HttpFetcher fetcher() {
        return fetcher(quick());
    }

    private HttpFetcher fetcher(HttpSettings settings) {
        return new HttpFetcher(settings, meters);
    }

    private static HttpSettings quick() {
        return HttpSettings.defaults().withLoopbackAllowed().withPoliteness(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), 2, Duration.ofMillis(20));
    }

    @Test
    void fetchesAPageWithItsValidatorsCharsetAndAnHonestUserAgent() {
        site.serve("/a", new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=ISO-8859-1")
                .setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Mon, 23 Nov 2026 10:00:00 GMT")
                .body(new Buffer().write("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1))).build());

        HttpResult result = fetcher().fetchPage(site.url("/a#top"), Validators.NONE);

        assertThat(result.kind()).isEqualTo(Kind.FETCHED);
        assertThat(result.finalUrl()).isEqualTo(site.url("/a"));
        assertThat(result.contentType()).isEqualTo("text/html");
        assertThat(result.charset()).isEqualTo("ISO-8859-1");
        assertThat(result.body()).isEqualTo("<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Mon, 23 Nov 2026 10:00:00 GMT");
        TestSite.Hit hit = site.hits("/a").get(0);
        assertThat(hit.header("User-Agent")).contains("newspipe").contains("+https://");
        assertThat(hit.header("Accept-Encoding")).contains("gzip");
        assertThat(meters.counter(HttpFetcher.PAGES, "host", "127.0.0.1", "outcome", "fetched", "reason", "none").count())
                .isEqualTo(1);
        assertThat(meters.get(HttpFetcher.BYTES).counter().count()).isEqualTo(result.body().length);
        assertThat(meters.get(HttpFetcher.LATENCY).timer().count()).isEqualTo(1);
    }

    @Test
    void anUnknownCharsetIsNotPassedOnAndAMissingOneIsNull() {
        site.serve("/wrong", ok("text/html; charset=no-such-charset", "<p>x</p>"));
        site.serve("/none", ok("text/html", "<p>y</p>"));

        HttpResult wrong = fetcher().fetchPage(site.url("/wrong"), Validators.NONE);
        HttpResult none = fetcher().fetchPage(site.url("/none"), Validators.NONE);

        assertThat(wrong.kind()).isEqualTo(Kind.FETCHED);
        assertThat(wrong.charset()).isNull();
        assertThat(wrong.body()).isEqualTo(utf8("<p>x</p>")); // bytes untouched: the cleaner sniffs
        assertThat(none.charset()).isNull();
    }

    @Test
    void sendsStoredValidatorsAndReportsNotModified() {
        site.serve("/a", request -> "\"v1\"".equals(request.getHeaders().get("If-None-Match"))
                ? new MockResponse.Builder().code(304).setHeader("ETag", "\"v1\"").build()
                : ok(HTML, "<p>a</p>"));

        HttpResult result = fetcher().fetchPage(site.url("/a"), new Validators("\"v1\"", "Mon, 23 Nov 2026 10:00:00 GMT"));

        assertThat(result.kind()).isEqualTo(Kind.NOT_MODIFIED);
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(site.hits("/a").get(0).header("If-Modified-Since")).isEqualTo("Mon, 23 Nov 2026 10:00:00 GMT");
    }

    @Test
    void followsRedirectsToTheCanonicalFinalUrl() {
        site.serve("/old", redirect(301, "/middle?utm_source=x"));
        site.serve("/middle", redirect(302, site.url("/new")));
        site.serve("/new", ok(HTML, "<p>new</p>"));

        HttpResult result = fetcher().fetchPage(site.url("/old"), Validators.NONE);

        assertThat(result.kind()).isEqualTo(Kind.FETCHED);
        assertThat(result.requestedUrl()).isEqualTo(site.url("/old"));
        assertThat(result.finalUrl()).isEqualTo(site.url("/new"));
        assertThat(site.hits("/middle")).hasSize(1);
    }

    @Test
    void stopsARedirectLoopAndLongChains() {
        site.serve("/ping", redirect(302, "/pong"));
        site.serve("/pong", redirect(302, "/ping"));
        for (int i = 0; i < 7; i++) {
            site.serve("/r" + i, redirect(307, "/r" + (i + 1)));
        }
        site.serve("/r7", ok(HTML, "<p>too far</p>"));

        HttpResult loop = fetcher().fetchPage(site.url("/ping"), Validators.NONE);
        HttpResult chain = fetcher().fetchPage(site.url("/r0"), Validators.NONE);

        assertThat(loop.kind()).isEqualTo(Kind.FAILED);
        assertThat(loop.reason()).isEqualTo("redirect-loop");
        assertThat(chain.kind()).isEqualTo(Kind.FAILED);
        assertThat(chain.reason()).isEqualTo("too-many-redirects");
        assertThat(site.hits("/r5")).hasSize(1);
        assertThat(site.hits("/r6")).isEmpty(); // 5 redirects followed, the 6th refused
    }

    @Test
    void waitsForRetryAfterOn429ThenSucceeds() {
        site.serveInTurn("/busy",
                new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build(),
                ok(HTML, "<p>finally</p>"));

        HttpResult result = fetcher().fetchPage(site.url("/busy"), Validators.NONE);

        assertThat(result.kind()).isEqualTo(Kind.FETCHED);
        List<TestSite.Hit> hits = site.hits("/busy");
        assertThat(hits).hasSize(2);
        assertThat(Duration.ofNanos(hits.get(1).atNanos() - hits.get(0).atNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAndHoldsTheHostBack() {
        site.serve("/busy", new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").build());
        site.serve("/other", ok(HTML, "<p>other</p>"));
        HttpFetcher fetcher = fetcher();

        HttpResult busy = fetcher.fetchPage(site.url("/busy"), Validators.NONE);
        HttpResult other = fetcher.fetchPage(site.url("/other"), Validators.NONE);

        assertThat(busy.kind()).isEqualTo(Kind.FAILED);
        assertThat(busy.reason()).isEqualTo("rate-limited");
        assertThat(site.hits("/busy")).hasSize(1);
        assertThat(other.kind()).isEqualTo(Kind.FAILED);
        assertThat(other.reason()).isEqualTo("host-backing-off");
        assertThat(site.hits("/other")).isEmpty();
    }

    @Test
    void retriesServerErrorsWithBackoffThenReportsThem() {
        site.serveInTurn("/flaky", new MockResponse.Builder().code(502).build(), ok(HTML, "<p>ok</p>"));
        site.serve("/broken", new MockResponse.Builder().code(500).build());
        HttpFetcher fetcher = fetcher();

        assertThat(fetcher.fetchPage(site.url("/flaky"), Validators.NONE).kind()).isEqualTo(Kind.FETCHED);
        HttpResult broken = fetcher.fetchPage(site.url("/broken"), Validators.NONE);

        assertThat(broken.kind()).isEqualTo(Kind.FAILED);
        assertThat(broken.reason()).isEqualTo("http-5xx");
        assertThat(broken.detail()).contains("after 2 attempt(s)");
        assertThat(site.hits("/broken")).hasSize(2);
        assertThat(meters.counter(HttpFetcher.PAGES, "host", "127.0.0.1", "outcome", "failed", "reason", "http-5xx")
                .count()).isEqualTo(1);
    }

    @Test
    void givesUpOnSlowResponses() {
        site.serve("/slow-headers", new MockResponse.Builder().code(200).setHeader("Content-Type", HTML)
                .headersDelay(5, TimeUnit.SECONDS).body("<p>late</p>").build());
        site.serve("/slow-body", new MockResponse.Builder().code(200).setHeader("Content-Type", HTML)
                .body("<p>" + "x".repeat(2000) + "</p>").throttleBody(100, 1, TimeUnit.SECONDS).build());
        HttpFetcher fetcher = fetcher(quick().withTimeouts(Duration.ofMillis(700), 1, Duration.ofMillis(10)));

        long started = System.nanoTime();
        HttpResult headers = fetcher.fetchPage(site.url("/slow-headers"), Validators.NONE);
        HttpResult body = fetcher.fetchPage(site.url("/slow-body"), Validators.NONE);

        assertThat(headers.kind()).isEqualTo(Kind.FAILED);
        assertThat(headers.reason()).isEqualTo("timeout");
        assertThat(body.kind()).isEqualTo(Kind.FAILED);
        assertThat(body.reason()).isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void decodesGzipAndCapsACompressionBomb() {
        byte[] page = utf8("<html><body><p>" + "news ".repeat(1000) + "</p></body></html>");
        site.serve("/gz", new MockResponse.Builder().code(200).setHeader("Content-Type", HTML)
                .setHeader("Content-Encoding", "gzip").body(new Buffer().write(TestSite.gzip(page))).build());
        byte[] bomb = TestSite.gzip(new byte[64 * 1024 * 1024]); // 64 MB of zeros in ~64 KB
        site.serve("/bomb", new MockResponse.Builder().code(200).setHeader("Content-Type", HTML)
                .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build());
        HttpFetcher fetcher = fetcher(quick().withMaxBodyBytes(1024 * 1024));

        HttpResult gz = fetcher.fetchPage(site.url("/gz"), Validators.NONE);
        HttpResult capped = fetcher.fetchPage(site.url("/bomb"), Validators.NONE);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(gz.kind()).isEqualTo(Kind.FETCHED);
        assertThat(gz.body()).isEqualTo(page);
        assertThat(capped.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(capped.reason()).isEqualTo("too-large");
    }

    @Test
    void stopsReadingAnOversizedBody() {
        site.serve("/huge", ok("text/plain", new byte[3 * 1024 * 1024]));

        HttpResult result = fetcher(quick().withMaxBodyBytes(1024 * 1024)).fetchPage(site.url("/huge"), Validators.NONE);

        assertThat(result.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(result.reason()).isEqualTo("too-large");
    }

    @Test
    void skipsContentTypesThatAreNotPages() {
        site.serve("/logo.png", ok("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        site.serve("/raw", new MockResponse.Builder().code(200).body("no type").build());

        HttpResult image = fetcher().fetchPage(site.url("/logo.png"), Validators.NONE);

        assertThat(image.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(image.reason()).isEqualTo("content-type");
        assertThat(image.detail()).contains("image/png");
        assertThat(meters.counter(HttpFetcher.PAGES, "host", "127.0.0.1", "outcome", "skipped", "reason", "content-type")
                .count()).isEqualTo(1);
    }

    @Test
    void obeysRobotsTxtAndItsCrawlDelay() {
        site.serve("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: newspipe
                Disallow: /private/
                Crawl-delay: 1
                """);
        site.serve("/private/x", ok(HTML, "<p>secret</p>"));
        site.serve("/p1", ok(HTML, "<p>1</p>"));
        site.serve("/p2", ok(HTML, "<p>2</p>"));
        HttpFetcher fetcher = fetcher();

        HttpResult denied = fetcher.fetchPage(site.url("/private/x"), Validators.NONE);
        HttpResult first = fetcher.fetchPage(site.url("/p1"), Validators.NONE);
        HttpResult second = fetcher.fetchPage(site.url("/p2"), Validators.NONE);

        assertThat(denied.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(denied.reason()).isEqualTo("robots");
        assertThat(site.hits("/private/x")).isEmpty();
        assertThat(first.kind()).isEqualTo(Kind.FETCHED);
        assertThat(second.kind()).isEqualTo(Kind.FETCHED);
        assertThat(site.hits("/robots.txt")).hasSize(1); // cached
        long gap = site.hits("/p2").get(0).atNanos() - site.hits("/p1").get(0).atNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(meters.counter(HttpFetcher.ROBOTS_DENIALS, "host", "127.0.0.1").count()).isEqualTo(1);
    }

    @Test
    void anUnreachableRobotsTxtKeepsTheHostOffLimits() {
        site.serve("/robots.txt", new MockResponse.Builder().code(500).build());
        site.serve("/a", ok(HTML, "<p>a</p>"));

        HttpResult result = fetcher().fetchPage(site.url("/a"), Validators.NONE);

        assertThat(result.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(result.reason()).isEqualTo("robots");
        assertThat(site.hits("/a")).isEmpty();
    }

    @Test
    void spacesRequestsToOneHostByThePolitenessDelay() {
        site.serve("/a", ok(HTML, "<p>a</p>"));
        site.serve("/b", ok(HTML, "<p>b</p>"));
        HttpFetcher fetcher = fetcher(quick().withPoliteness(Duration.ofMillis(400)));

        fetcher.fetchPage(site.url("/a"), Validators.NONE);
        fetcher.fetchPage(site.url("/b"), Validators.NONE);

        long gap = site.hits("/b").get(0).atNanos() - site.hits("/a").get(0).atNanos();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void refusesLoopbackUnlessAllowedAndOtherSchemes() {
        site.serve("/a", ok(HTML, "<p>a</p>"));
        HttpFetcher strict = fetcher(HttpSettings.defaults().withPoliteness(Duration.ZERO));

        HttpResult loopback = strict.fetchPage(site.url("/a"), Validators.NONE);
        HttpResult file = strict.fetchPage("file:///etc/passwd", Validators.NONE);
        site.serve("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"));
        HttpResult redirected = fetcher().fetchPage(site.url("/to-metadata"), Validators.NONE);

        assertThat(loopback.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(loopback.reason()).isEqualTo("address-refused");
        assertThat(file.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(file.reason()).isEqualTo("invalid-url");
        assertThat(redirected.kind()).isEqualTo(Kind.SKIPPED);
        assertThat(redirected.reason()).isEqualTo("address-refused");
        assertThat(site.hits("/a")).isEmpty();
    }
}

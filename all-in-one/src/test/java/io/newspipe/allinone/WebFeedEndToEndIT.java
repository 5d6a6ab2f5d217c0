package io.newspipe.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small news site on loopback (robots.txt, an RSS feed, HTML article pages with navigation, share bar
 * and comments) through the whole pipeline into PostgreSQL, checked through the store's API.
 */
class WebFeedEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private HttpServer site;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private Pipeline pipeline;

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        serve("/feed.xml", "application/rss+xml", feed());
        serve("/news/harbour-festival.html", "text/html; charset=utf-8", page("Lisbon harbour festival draws record crowds",
                "Maria Santos", "2026-11-20T09:30:00Z",
                "Lisbon welcomed more than two hundred thousand visitors to its harbour festival this weekend, the city council said on Sunday.",
                "Mayor Carlos Moedas told reporters in Lisbon that the festival had become one of the largest cultural events in Portugal.",
                "Organisers said boats from Spain and France joined the parade along the Tagus river for the first time."));
        serve("/news/rail-link.html", "text/html; charset=utf-8", page("New rail link between Porto and Vigo approved",
                "João Ferreira", "2026-11-21T14:00:00Z",
                "The governments of Portugal and Spain approved a high-speed rail link between Porto and Vigo on Friday.",
                "The European Commission will fund a third of the cost, officials in Brussels confirmed after the meeting.",
                "Construction is expected to start in 2028 and to cut the journey between the two cities to under one hour."));
        serve("/private/draft.html", "text/html", page("Draft", "Nobody", "2026-11-21T14:00:00Z",
                "This draft must never be fetched because robots.txt disallows it for every crawler.", "", ""));
        site.start();
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        site.stop(0);
    }

    @Test
    void feedItemsAreFetchedPolitelyCleanedEnrichedAndStoredOnce() throws Exception {
        TestInfrastructure.Database db = TestInfrastructure.postgres();
        pipeline = Pipeline.start(new Pipeline.Settings(TestInfrastructure.kafkaBootstrapServers(),
                Files.createDirectories(work.resolve("empty")),
                Map.of("spring.datasource.url", db.jdbcUrl() + "?currentSchema=web_feed_it",
                        "spring.datasource.username", db.username(), "spring.datasource.password", db.password()),
                0, Map.of(
                        "newspipe.fetcher.sources[0].name", "local-news",
                        "newspipe.fetcher.sources[0].kind", "feed",
                        "newspipe.fetcher.sources[0].url", base + "/feed.xml",
                        "newspipe.fetcher.http.allow-loopback", "true",
                        "newspipe.fetcher.http.politeness-delay", "0s")));

        List<JsonNode> stored = awaitArticlesFrom(base + "/news/", 2, Duration.ofSeconds(120));

        assertThat(stored).extracting(a -> a.path("title").asString())
                .containsExactlyInAnyOrder("Lisbon harbour festival draws record crowds", "New rail link between Porto and Vigo approved");
        JsonNode festival = stored.stream().filter(a -> a.path("url").asString().endsWith("harbour-festival.html")).findFirst().orElseThrow();
        assertThat(festival.path("language").asString()).isEqualTo("en");
        assertThat(festival.path("text").asString())
                .contains("two hundred thousand visitors")
                .doesNotContain("Subscribe to our newsletter").doesNotContain("Share on Facebook")
                .doesNotContain("Great festival, I was there");
        assertThat(festival.path("byline").asString()).contains("Maria Santos");
        assertThat(festival.path("publishedAt").asString()).startsWith("2026-11-20T09:30");
        assertThat(festival.path("entities")).anyMatch(e -> e.path("name").asString().equals("Lisbon")
                && e.path("type").asString().equals("LOCATION"));
        assertThat(festival.path("version").asInt()).isEqualTo(1);
        assertThat(hits.getOrDefault("/private/draft.html", new AtomicInteger()).get()).as("robots.txt is honoured").isZero();
        assertThat(hits.get("/robots.txt").get()).isPositive();
    }

    private List<JsonNode> awaitArticlesFrom(String prefix, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> found = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            found.clear();
            for (JsonNode item : get("/api/articles?size=100").path("items")) {
                if (item.path("url").asString().startsWith(prefix)) {
                    found.add(get("/api/articles/" + item.path("id").asString()));
                }
            }
            if (found.size() >= expected) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("only " + found.size() + " of " + expected + " articles from " + prefix + " were stored");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.apiPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private void serve(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, exchange -> {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Harbour News</title><link>%1$s/</link><description>Local news</description>
                  <item><title>Lisbon harbour festival draws record crowds</title><link>%1$s/news/harbour-festival.html?utm_source=rss</link>
                    <pubDate>Fri, 20 Nov 2026 09:30:00 GMT</pubDate></item>
                  <item><title>New rail link between Porto and Vigo approved</title><link>%1$s/news/rail-link.html</link>
                    <pubDate>Sat, 21 Nov 2026 14:00:00 GMT</pubDate></item>
                  <item><title>Draft</title><link>%1$s/private/draft.html</link>
                    <pubDate>Sat, 21 Nov 2026 15:00:00 GMT</pubDate></item>
                </channel></rss>
                """.formatted(base);
    }

    private static String page(String title, String author, String published, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            if (!p.isEmpty()) {
                body.append("<p>").append(p).append("</p>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | Harbour News</title>
                <meta property="og:title" content="%1$s">
                <meta property="article:published_time" content="%3$s">
                <meta name="author" content="%2$s">
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a></nav></header>
                <div class="newsletter">Subscribe to our newsletter for the best stories every morning.</div>
                <main><article>
                  <h1>%1$s</h1>
                  <p class="byline">By %2$s</p>
                  %4$s
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                </article>
                <section id="comments" class="comments"><h2>Comments</h2>
                  <div class="comment">Great festival, I was there with my family and it was wonderful.</div></section>
                </main>
                <footer>© 2026 Harbour News. All rights reserved. <a href="/privacy">Privacy</a></footer>
                </body></html>
                """.formatted(title, author, published, body);
    }
}

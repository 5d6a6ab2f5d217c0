package io.newspipe.fetcher.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed and sitemap parsing, including refusal of external entities. */
class LinkParsersTest {

    @TempDir
    Path temp;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>T</title><link>https://news.example/</link><description>d</description>
              <item><title>One</title><link>https://news.example/a/1?utm_source=rss</link>
                <pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>
              <item><title>Two</title><link>/a/2</link></item>
              <item><title>Guid only</title><guid isPermaLink="true">https://news.example/a/3</guid></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2026-11-23T09:00:00Z</updated>
              <entry><title>A</title><id>urn:a</id><link rel="alternate" href="https://news.example/atom/a"/>
                <updated>2026-11-23T09:00:00Z</updated><published>2026-11-22T09:00:00Z</published></entry>
            </feed>
            """;

    @Test
    void readsRssLinksResolvedAndCanonical() throws IOException {
        var links = FeedLinks.parse(RSS.getBytes(StandardCharsets.UTF_8), "https://news.example/feed.xml");

        assertThat(links).extracting(Link::url).containsExactly(
                "https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3");
        assertThat(links.get(0).published()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @Test
    void readsAtomLinks() throws IOException {
        var links = FeedLinks.parse(ATOM.getBytes(StandardCharsets.UTF_8), "https://news.example/atom.xml");

        assertThat(links).containsExactly(new Link("https://news.example/atom/a", Instant.parse("2026-11-22T09:00:00Z")));
    }

    @Test
    void refusesFeedsWithExternalEntities() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>
                <item><title>&xxe;</title><link>https://x.example/&xxe;</link></item></channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> FeedLinks.parse(xxe.getBytes(StandardCharsets.UTF_8), "https://x.example/feed"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void readsSitemapsIndexesAndNewsSitemaps() throws IOException {
        String urlset = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/a/1</loc><lastmod>2026-11-20T10:00:00Z</lastmod></url>
                  <url><loc>https://news.example/a/2</loc>
                    <news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication>
                    <news:publication_date>2026-11-23T07:00:00Z</news:publication_date><news:title>Two</news:title></news:news>
                  </url>
                </urlset>
                """;
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap>
                  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
                </sitemapindex>
                """;

        SitemapLinks.Parsed pages = SitemapLinks.parse(urlset.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example/sitemap-news.xml");
        SitemapLinks.Parsed children = SitemapLinks.parse(index.getBytes(StandardCharsets.UTF_8), "text/xml",
                "https://news.example/sitemap.xml");

        assertThat(pages.pages()).containsExactly(
                new Link("https://news.example/a/1", Instant.parse("2026-11-20T10:00:00Z")),
                new Link("https://news.example/a/2", Instant.parse("2026-11-23T07:00:00Z")));
        assertThat(children.childSitemaps()).containsExactly(
                "https://news.example/sitemap-1.xml", "https://news.example/sitemap-news.xml");
        assertThat(children.pages()).isEmpty();
    }

    @Test
    void sitemapsDoNotResolveExternalEntities() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://news.example/&xxe;</loc></url>
                </urlset>
                """.formatted(secret.toUri());

        SitemapLinks.Parsed parsed;
        try {
            parsed = SitemapLinks.parse(xxe.getBytes(StandardCharsets.UTF_8), "text/xml", "https://news.example/sitemap.xml");
        } catch (IOException refused) {
            return; // refusing the document outright is fine too
        }
        assertThat(parsed.pages()).extracting(Link::url).noneMatch(url -> url.contains("TOP-SECRET"));
    }
}

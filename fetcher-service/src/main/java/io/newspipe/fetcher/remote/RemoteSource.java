package io.newspipe.fetcher.remote;

import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.http.HttpResult;
import io.newspipe.fetcher.http.HttpResult.Validators;
import io.newspipe.fetcher.http.MediaTypes;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.ScanListener;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Item;
import io.newspipe.fetcher.source.RecordedSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source on the web: a single page ({@code url}), an RSS/Atom feed whose item links are fetched
 * ({@code feed}), or a sitemap, sitemap index or Google News sitemap whose page links are fetched
 * ({@code sitemap}). Feed and sitemap documents themselves are not published; the newest
 * {@link Settings#maxPages()} links of a scan are.
 */
public final class RemoteSource extends RecordedSource {

    public enum Kind {
        URL, FEED, SITEMAP;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param name        carried as {@code sourceName} on its pages
     * @param kind        what the URL points to
     * @param url         the page, feed or sitemap
     * @param maxPages    links fetched per scan at most (newest first)
     * @param revisit     how long a fetched page is left alone before it is fetched again
     * @param maxSitemaps child sitemaps of an index read per scan at most
     */
    public record Settings(String name, Kind kind, String url, int maxPages, Duration revisit, int maxSitemaps) {
        public Settings {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a source needs a name");
            }
            if (kind == null || url == null || url.isBlank()) {
                throw new IllegalArgumentException("source '" + name + "' needs a kind and a url");
            }
            if (maxPages < 1 || maxSitemaps < 1) {
                throw new IllegalArgumentException("source '" + name + "': maxPages and maxSitemaps must be positive");
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RemoteSource.class);

    private final Settings settings;
    private final HttpFetcher http;
    private final PageFetcher pages;
    /** The last index document read and its links: a 304 on the next poll reuses them. */
    private Validators documentValidators = Validators.NONE;
    private List<Link> lastLinks = List.of();

    public RemoteSource(Settings settings, HttpFetcher http, PageFetcher pages, OncePublisher publisher, Clock clock,
                        List<ScanListener> listeners) {
        super(publisher, clock, listeners);
        this.settings = settings;
        this.http = http;
        this.pages = pages;
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public String kind() {
        return settings.kind().label();
    }

    @Override
    public String location() {
        return settings.url();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public synchronized ScanReport scanNow() {
        Instant started = clock.instant();
        Optional<ScanReport> noState = loadStateOrFail(started, "nothing fetched");
        if (noState.isPresent()) {
            return noState.get();
        }
        List<String> urls;
        try {
            urls = switch (settings.kind()) {
                case URL -> List.of(settings.url());
                case FEED -> newest(feedLinks());
                case SITEMAP -> newest(sitemapLinks());
            };
        } catch (IOException e) {
            return recordFailure(started, e.getMessage());
        }
        List<Item> items = pages.fetchAll(urls, name(), settings.revisit(), false);
        return recordCompleted(started, items);
    }

    private List<String> newest(List<Link> links) {
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Link.NEWEST_FIRST);
        return sorted.stream().limit(settings.maxPages()).map(Link::url).distinct().toList();
    }

    private List<Link> feedLinks() throws IOException {
        HttpResult feed = http.fetch(settings.url(), documentValidators, MediaTypes.XML_DOCUMENTS);
        switch (feed.kind()) {
            case NOT_MODIFIED -> {
                return lastLinks;
            }
            case FETCHED -> {
                List<Link> links = FeedLinks.parse(feed.body(), feed.finalUrl());
                remember(feed, links);
                return links;
            }
            default -> throw new IOException("feed " + settings.url() + " not fetched (" + feed.reason() + "): "
                    + feed.detail());
        }
    }

    private List<Link> sitemapLinks() throws IOException {
        HttpResult root = http.fetch(settings.url(), documentValidators, MediaTypes.XML_DOCUMENTS);
        if (root.kind() == HttpResult.Kind.NOT_MODIFIED) {
            return lastLinks;
        }
        if (root.kind() != HttpResult.Kind.FETCHED) {
            throw new IOException("sitemap " + settings.url() + " not fetched (" + root.reason() + "): " + root.detail());
        }
        List<Link> links = new ArrayList<>();
        Deque<String> children = new ArrayDeque<>();
        Set<String> seen = new HashSet<>(Set.of(root.finalUrl()));
        SitemapLinks.Parsed parsed = SitemapLinks.parse(root.body(), root.contentType(), root.finalUrl());
        links.addAll(parsed.pages());
        children.addAll(parsed.childSitemaps());
        int read = 0;
        // An index names sitemaps (indexes inside indexes are not allowed by the protocol but exist).
        while (!children.isEmpty() && read < settings.maxSitemaps()) {
            String child = children.poll();
            if (!seen.add(child)) {
                continue;
            }
            read++;
            HttpResult fetched = http.fetch(child, Validators.NONE, MediaTypes.XML_DOCUMENTS);
            if (fetched.kind() != HttpResult.Kind.FETCHED) {
                log.warn("sitemap {} of source '{}' not fetched ({}): {}", child, name(), fetched.reason(), fetched.detail());
                continue;
            }
            try {
                SitemapLinks.Parsed childParsed = SitemapLinks.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
                links.addAll(childParsed.pages());
                children.addAll(childParsed.childSitemaps());
            } catch (IOException e) {
                log.warn("sitemap {} of source '{}' unreadable: {}", child, name(), e.getMessage());
            }
        }
        remember(root, links);
        return links;
    }

    private void remember(HttpResult document, List<Link> links) {
        documentValidators = new Validators(document.etag(), document.lastModified());
        lastLinks = List.copyOf(links);
    }
}

package io.newspipe.fetcher.remote;

import io.newspipe.fetcher.directory.DirectoryFetcher;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.ScanHistory;
import io.newspipe.fetcher.source.ScanListener;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Item;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches a list of URLs on request, now, whether due or not; conditional requests and "publish once"
 * still apply, so asking twice publishes a page once.
 */
public final class AdHocFetch {

    public static final String SOURCE_NAME = "ad-hoc";

    private final PageFetcher pages;
    private final OncePublisher publisher;
    private final Clock clock;
    private final Duration revisit;
    private final int maxUrls;
    private final ScanHistory history;
    private final DirectoryFetcher files;

    public AdHocFetch(PageFetcher pages, OncePublisher publisher, Clock clock, Duration revisit, int maxUrls,
                      List<ScanListener> listeners) {
        this(pages, publisher, clock, revisit, maxUrls, listeners, null);
    }

    /** @param files serves {@code file:} URIs from its root; null: {@code file:} URIs are refused */
    public AdHocFetch(PageFetcher pages, OncePublisher publisher, Clock clock, Duration revisit, int maxUrls,
                      List<ScanListener> listeners, DirectoryFetcher files) {
        this.files = files;
        this.pages = pages;
        this.publisher = publisher;
        this.clock = clock;
        this.revisit = revisit;
        this.maxUrls = maxUrls;
        this.history = new ScanHistory(listeners);
    }

    /**
     * Fetches web URLs and {@code file:} URIs of files inside the directory source's root.
     *
     * @throws IllegalArgumentException when the list is empty or longer than the configured maximum, or a
     *                                  {@code file:} URI names something outside the root; nothing is fetched then
     */
    public ScanReport fetch(List<String> urls) {
        if (urls == null || urls.isEmpty() || urls.size() > maxUrls) {
            throw new IllegalArgumentException("expected 1 to " + maxUrls + " URLs, got "
                    + (urls == null ? 0 : urls.size()));
        }
        List<String> webUrls = new ArrayList<>();
        Map<String, Path> localFiles = new LinkedHashMap<>();
        for (String url : urls) {
            if (url != null && url.regionMatches(true, 0, DirectoryFetcher.URI_SCHEME, 0, DirectoryFetcher.URI_SCHEME.length())) {
                if (files == null) {
                    throw new IllegalArgumentException("file: URIs are not served: no directory source");
                }
                Path file = files.resolveInsideRoot(url);
                localFiles.putIfAbsent(file.toString(), file);
            } else {
                webUrls.add(url);
            }
        }
        Instant started = clock.instant();
        try {
            publisher.loadState();
        } catch (RuntimeException e) {
            return history.record(ScanReport.failed(SOURCE_NAME, started, clock.instant(),
                    "fetch state could not be loaded, nothing fetched: " + e.getMessage()));
        }
        List<Item> items = new ArrayList<>(webUrls.isEmpty() ? List.of()
                : pages.fetchAll(webUrls, SOURCE_NAME, revisit, true));
        for (Path file : localFiles.values()) {
            items.add(files.fetchFile(file, SOURCE_NAME));
        }
        return history.record(ScanReport.completed(SOURCE_NAME, started, clock.instant(), items));
    }
}

package io.newspipe.fetcher.remote;

import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.ScanHistory;
import io.newspipe.fetcher.source.ScanListener;
import io.newspipe.fetcher.source.ScanReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    public AdHocFetch(PageFetcher pages, OncePublisher publisher, Clock clock, Duration revisit, int maxUrls,
                      List<ScanListener> listeners) {
        this.pages = pages;
        this.publisher = publisher;
        this.clock = clock;
        this.revisit = revisit;
        this.maxUrls = maxUrls;
        this.history = new ScanHistory(listeners);
    }

    /**
     * @throws IllegalArgumentException when the list is empty or longer than the configured maximum
     */
    public ScanReport fetch(List<String> urls) {
        if (urls == null || urls.isEmpty() || urls.size() > maxUrls) {
            throw new IllegalArgumentException("expected 1 to " + maxUrls + " URLs, got "
                    + (urls == null ? 0 : urls.size()));
        }
        Instant started = clock.instant();
        try {
            publisher.loadState();
        } catch (RuntimeException e) {
            return history.record(ScanReport.failed(SOURCE_NAME, started, clock.instant(),
                    "fetch state could not be loaded, nothing fetched: " + e.getMessage()));
        }
        return history.record(ScanReport.completed(SOURCE_NAME, started, clock.instant(),
                pages.fetchAll(urls, SOURCE_NAME, revisit, true)));
    }
}

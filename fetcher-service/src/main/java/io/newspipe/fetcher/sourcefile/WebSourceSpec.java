package io.newspipe.fetcher.sourcefile;

import io.newspipe.fetcher.remote.RemoteSource;
import java.time.Duration;

/**
 * How one web source is configured, wherever the configuration came from (properties or the sources file).
 * Two specs are equal when every setting is; an unchanged spec keeps its running source on a reload.
 *
 * @param name        carried as {@code sourceName} on its pages; unique
 * @param kind        page, feed or sitemap
 * @param url         where it is
 * @param interval    pause between the end of one scan and the start of the next
 * @param maxPages    links of a feed or sitemap fetched per scan at most, newest first
 * @param revisit     how long a fetched page is left alone; null: the interval for {@code url}, 6 hours for
 *                    pages found in feeds and sitemaps (articles rarely change after publication)
 * @param enabled     scanned on the schedule; a disabled source is listed and can be scanned on demand
 * @param maxSitemaps child sitemaps of a sitemap index read per scan at most
 */
public record WebSourceSpec(String name, RemoteSource.Kind kind, String url, Duration interval, int maxPages,
                            Duration revisit, boolean enabled, int maxSitemaps) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    public static final int DEFAULT_MAX_PAGES = 100;
    public static final int DEFAULT_MAX_SITEMAPS = 50;
    static final Duration FOUND_PAGE_REVISIT = Duration.ofHours(6);

    public WebSourceSpec {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("source '" + name + "': interval must be positive, was " + interval);
        }
        if (revisit != null && revisit.isNegative()) {
            throw new IllegalArgumentException("source '" + name + "': revisit must not be negative, was " + revisit);
        }
        toSettings(name, kind, url, maxPages, revisit, interval, maxSitemaps); // name, kind, url and counts
    }

    public RemoteSource.Settings toSettings() {
        return toSettings(name, kind, url, maxPages, revisit, interval, maxSitemaps);
    }

    private static RemoteSource.Settings toSettings(String name, RemoteSource.Kind kind, String url, int maxPages,
                                                    Duration revisit, Duration interval, int maxSitemaps) {
        Duration revisitAfter = revisit != null ? revisit
                : kind == RemoteSource.Kind.URL ? interval : FOUND_PAGE_REVISIT;
        return new RemoteSource.Settings(name, kind, url, maxPages, revisitAfter, maxSitemaps);
    }
}

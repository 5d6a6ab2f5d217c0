package io.newspipe.fetcher.source;

import java.time.Duration;
import java.util.Optional;

/**
 * A configured place pages come from (a directory, a web page, a feed or a sitemap). A scan looks at
 * everything the source offers and publishes what is new or changed, each page once.
 */
public interface Source {

    /** Configured name, carried as {@code sourceName} on every raw page it publishes. */
    String name();

    /** What kind of source this is, e.g. {@code directory}. */
    String kind();

    /** Where it reads from, for operators: a path or URL. */
    String location();

    /** Scans now and waits for the scan to finish; scans of one source never overlap. */
    ScanReport scanNow();

    /** The report of the latest finished scan, if any. */
    Optional<ScanReport> lastReport();

    /** Waits until the first scan of this source has finished and returns its report; empty on timeout. */
    Optional<ScanReport> awaitFirstScan(Duration timeout);
}

package io.newspipe.fetcher.source;

import io.newspipe.fetcher.source.ScanReport.Item;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every {@link Source} shares around its own way of finding pages: the fetch state loaded before a scan,
 * the {@link ScanHistory} every scan is recorded in (failed or not), and the one log line per scan.
 */
public abstract class RecordedSource implements Source {

    private static final Logger log = LoggerFactory.getLogger(RecordedSource.class);

    protected final OncePublisher publisher;
    protected final Clock clock;
    private final ScanHistory history;

    protected RecordedSource(OncePublisher publisher, Clock clock, List<ScanListener> listeners) {
        this.publisher = publisher;
        this.clock = clock;
        this.history = new ScanHistory(listeners);
    }

    @Override
    public Optional<ScanReport> lastReport() {
        return history.last();
    }

    @Override
    public Optional<ScanReport> awaitFirstScan(Duration timeout) {
        return history.awaitFirst(timeout);
    }

    /**
     * Loads the fetch state a scan needs to publish each page once. Empty when loaded; else the failed scan,
     * already recorded, for the caller to return.
     */
    protected Optional<ScanReport> loadStateOrFail(Instant started, String consequence) {
        try {
            publisher.loadState();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(recordFailure(started, "fetch state could not be loaded, " + consequence + ": " + e.getMessage()));
        }
    }

    /** Records a scan that failed as a whole (and logs it, through {@link ScanHistory}). */
    protected ScanReport recordFailure(Instant started, String error) {
        return history.recordFailure(this, started, clock.instant(), error);
    }

    /**
     * Records a finished scan. It is logged at INFO when it published or failed something or its counts differ
     * from the previous scan's, else at DEBUG: a source polled every minute does not fill the log.
     */
    protected ScanReport recordCompleted(Instant started, List<Item> items) {
        ScanReport report = ScanReport.completed(name(), started, clock.instant(), items);
        boolean news = report.counts().published() > 0 || report.counts().failed() > 0
                || !history.last().map(last -> last.counts().equals(report.counts())).orElse(false);
        if (news) {
            log.info("scanned {} source '{}' at {}: {}", kind(), name(), location(), report.counts());
        } else {
            log.debug("scanned {} source '{}' at {}: {}", kind(), name(), location(), report.counts());
        }
        return history.record(report);
    }
}

package io.newspipe.fetcher.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The latest report of a source, the wait for its first one, and telling the listeners. */
public final class ScanHistory {

    private static final Logger log = LoggerFactory.getLogger(ScanHistory.class);

    private final AtomicReference<ScanReport> last = new AtomicReference<>();
    private final CompletableFuture<ScanReport> first = new CompletableFuture<>();
    private final List<ScanListener> listeners;

    public ScanHistory(List<ScanListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public ScanReport record(ScanReport report) {
        last.set(report);
        first.complete(report);
        for (ScanListener listener : listeners) {
            try {
                listener.scanned(report);
            } catch (RuntimeException e) {
                // A broken listener (metrics) must not turn a finished scan into a failed one.
                log.warn("scan listener {} failed: {}", listener, e.toString());
            }
        }
        return report;
    }

    /**
     * Records a scan that could not run at all, logged loudly when it is news and quietly when the previous
     * scan failed the same way, so a source retried every few seconds does not flood the log.
     */
    public ScanReport recordFailure(Source source, Instant started, Instant finished, String error) {
        boolean repeated = last().map(previous -> error.equals(previous.error())).orElse(false);
        if (repeated) {
            log.debug("scan of {} source '{}' failed again: {}", source.kind(), source.name(), error);
        } else {
            log.warn("scan of {} source '{}' failed: {}", source.kind(), source.name(), error);
        }
        return record(ScanReport.failed(source.name(), started, finished, error));
    }

    public Optional<ScanReport> last() {
        return Optional.ofNullable(last.get());
    }

    public Optional<ScanReport> awaitFirst(Duration timeout) {
        try {
            return Optional.of(first.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("first scan failed", e.getCause()); // never completed exceptionally
        }
    }
}

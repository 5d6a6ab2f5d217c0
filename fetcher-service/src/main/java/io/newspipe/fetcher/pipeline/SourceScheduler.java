package io.newspipe.fetcher.pipeline;

import io.newspipe.fetcher.state.FetchStateStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the scans on one thread: first it reads the fetch state back (retrying while Kafka is unreachable),
 * then it scans every enabled source at once and again after each interval.
 */
public final class SourceScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final FetchStateStore states;
    private final List<SourceRegistration> sources;
    private ScheduledExecutorService executor;

    public SourceScheduler(FetchStateStore states, List<SourceRegistration> sources) {
        this.states = states;
        this.sources = List.copyOf(sources);
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fetcher-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(() -> loadStateThenSchedule(FIRST_RETRY));
    }

    private void loadStateThenSchedule(Duration retryAfter) {
        try {
            states.load();
        } catch (RuntimeException e) {
            log.warn("fetch state not loaded, no scan before it is; retrying in {}: {}", retryAfter, e.getMessage());
            Duration next = retryAfter.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retryAfter.multipliedBy(2);
            executor.schedule(() -> loadStateThenSchedule(next), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        for (SourceRegistration registration : sources) {
            if (registration.enabled()) {
                executor.scheduleWithFixedDelay(() -> scan(registration), 0,
                        registration.scanInterval().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                log.info("{} source '{}' is disabled: scanned only on demand", registration.source().kind(),
                        registration.source().name());
            }
        }
    }

    private static void scan(SourceRegistration registration) {
        try {
            registration.source().scanNow();
        } catch (RuntimeException e) {
            // An exception would cancel every later run of this source.
            log.error("scan of source '{}' failed unexpectedly", registration.source().name(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

package io.newspipe.fetcher.pipeline;

import io.newspipe.fetcher.state.FetchStateStore;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the scans on one thread: first it reads the fetch state back (retrying while Kafka is unreachable),
 * then it scans every enabled source of the {@link SourceCatalog} at once and again after each interval.
 * With a {@link SourcesReloader} it also checks the sources file every reload interval and follows the
 * catalog: added sources are scanned at once, removed ones are no longer scheduled, a changed one (a new
 * registration) is rescheduled with its new settings. Scans and reloads share the thread, so a reload
 * never happens in the middle of a scan.
 */
public final class SourceScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final FetchStateStore states;
    private final SourceCatalog catalog;
    private final SourcesReloader reloader;
    private final Duration reloadInterval;
    /** What runs now, by registration identity; a disabled registration maps to null. Scheduler thread only. */
    private final Map<SourceRegistration, ScheduledFuture<?>> scheduled = new IdentityHashMap<>();
    private boolean stateLoaded;
    private ScheduledExecutorService executor;

    /** A fixed set of sources. */
    public SourceScheduler(FetchStateStore states, SourceCatalog catalog) {
        this(states, catalog, null, null);
    }

    /** @param reloader puts a changed sources file in force, checked every {@code reloadInterval}; may be null */
    public SourceScheduler(FetchStateStore states, SourceCatalog catalog, SourcesReloader reloader,
                           Duration reloadInterval) {
        if (reloader != null && (reloadInterval == null || reloadInterval.isNegative() || reloadInterval.isZero())) {
            throw new IllegalArgumentException("the sources reload interval must be positive, was " + reloadInterval);
        }
        this.states = states;
        this.catalog = catalog;
        this.reloader = reloader;
        this.reloadInterval = reloadInterval;
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
        stateLoaded = false;
        scheduled.clear();
        executor.execute(() -> loadStateThenSchedule(FIRST_RETRY));
        if (reloader != null) {
            // Independent of the state load, so GET /api/sources follows the file even while Kafka is away.
            executor.scheduleWithFixedDelay(this::reloadSources, reloadInterval.toMillis(), reloadInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
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
        stateLoaded = true;
        followCatalog();
    }

    private void reloadSources() {
        try {
            reloader.reload();
            followCatalog();
        } catch (RuntimeException e) {
            // An exception would cancel every later reload.
            log.error("reloading the sources failed unexpectedly", e);
        }
    }

    /** Schedules what the catalog has and this thread does not, and cancels what the catalog no longer has. */
    private void followCatalog() {
        if (!stateLoaded) {
            return;
        }
        Set<SourceRegistration> current = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(catalog.sources());
        for (Iterator<Map.Entry<SourceRegistration, ScheduledFuture<?>>> it = scheduled.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<SourceRegistration, ScheduledFuture<?>> entry = it.next();
            if (!current.contains(entry.getKey())) {
                if (entry.getValue() != null) {
                    entry.getValue().cancel(false);
                }
                log.info("{} source '{}' is no longer scheduled with these settings", entry.getKey().source().kind(),
                        entry.getKey().source().name());
                it.remove();
            }
        }
        for (SourceRegistration registration : catalog.sources()) {
            if (scheduled.containsKey(registration)) {
                continue;
            }
            if (registration.enabled()) {
                scheduled.put(registration, executor.scheduleWithFixedDelay(() -> scan(registration), 0,
                        registration.scanInterval().toMillis(), TimeUnit.MILLISECONDS));
            } else {
                log.info("{} source '{}' is disabled: scanned only on demand", registration.source().kind(),
                        registration.source().name());
                scheduled.put(registration, null);
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

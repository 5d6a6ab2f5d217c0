package io.newspipe.fetcher.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces requests to one host: each request reserves the next free slot of its host, at least the host's
 * delay after the previous one, and waits for it. A host that asked us to back off (429/503 with
 * {@code Retry-After}) gets no slot before then.
 */
public final class HostPoliteness {

    private final Map<String, Long> nextFreeNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> backoffUntilNanos = new ConcurrentHashMap<>();

    /** Reserves a slot for {@code host} and returns how long to wait for it (zero when free now). */
    public Duration reserve(String host, Duration delay) {
        long now = System.nanoTime();
        long[] slot = new long[1];
        nextFreeNanos.compute(host, (h, next) -> {
            long start = Math.max(now, next == null ? now : next);
            Long backoff = backoffUntilNanos.get(h);
            if (backoff != null && backoff - start > 0) {
                start = backoff;
            }
            slot[0] = start;
            return start + delay.toNanos();
        });
        return Duration.ofNanos(Math.max(0, slot[0] - now));
    }

    /** No request to {@code host} before {@code pause} from now. */
    public void backOff(String host, Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        backoffUntilNanos.merge(host, until, (a, b) -> a - b > 0 ? a : b);
    }

    /** How much longer {@code host} asked to be left alone; zero when it did not. */
    public Duration backoffRemaining(String host) {
        Long until = backoffUntilNanos.get(host);
        long left = until == null ? 0 : until - System.nanoTime();
        if (left <= 0 && until != null) {
            backoffUntilNanos.remove(host, until);
        }
        return Duration.ofNanos(Math.max(0, left));
    }

    /** Hosts with a reservation; bounded by the hosts ever fetched. */
    public int hosts() {
        return nextFreeNanos.size();
    }
}

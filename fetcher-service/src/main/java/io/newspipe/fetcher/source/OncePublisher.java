package io.newspipe.fetcher.source;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.RawPage;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a fetched page unless the same bytes were already published for its source URI, and remembers
 * what it published. Every kind of source goes through here, so "once" means the same everywhere.
 */
public final class OncePublisher {

    private static final Logger log = LoggerFactory.getLogger(OncePublisher.class);

    /**
     * What happened to one offered page; {@code note} says what went half-wrong, null otherwise;
     * {@code sha256} is the content hash of the page as published or found unchanged, null when unknown.
     */
    public record Result(String articleId, ScanReport.Outcome outcome, String note, String sha256) {
        public Result(String articleId, ScanReport.Outcome outcome, String note) {
            this(articleId, outcome, note, null);
        }
    }

    private final PagePublisher publisher;
    private final FetchStateStore states;
    private final Clock clock;
    private final Duration seenRefreshInterval;
    private final Object[] locks = new Object[64];

    /**
     * @param seenRefreshInterval how stale the persisted {@code lastSeenAt} of an unchanged page may get
     *                            before it is written again
     */
    public OncePublisher(PagePublisher publisher, FetchStateStore states, Clock clock, Duration seenRefreshInterval) {
        this.publisher = publisher;
        this.states = states;
        this.clock = clock;
        this.seenRefreshInterval = seenRefreshInterval;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** @see FetchStateStore#load() */
    public void loadState() {
        states.load();
    }

    /**
     * Publishes {@code page} when its bytes differ from the ones last published for its source URI.
     *
     * @throws RuntimeException when publishing failed: nothing was recorded, so the next scan tries again
     */
    public Result offer(FetchedPage page) {
        return offer(page, FetchInfo.NONE);
    }

    /**
     * What a fetch learnt besides the bytes, remembered with the page: HTTP validators for the next
     * conditional request and when the page is worth fetching again (null fields for files).
     */
    public record FetchInfo(String etag, String lastModified, Instant nextDueAt) {
        public static final FetchInfo NONE = new FetchInfo(null, null, null);
    }

    /**
     * Like {@link #offer(FetchedPage)}, also remembering {@code info}: written with a publication, and
     * for unchanged content whenever it differs from what is stored (a restart must know the next due time).
     */
    public Result offer(FetchedPage page, FetchInfo info) {
        // Pages are offered from several threads; two offers of one URI must not both see "new".
        synchronized (lockFor(page.sourceUri())) {
            return offerLocked(page, info);
        }
    }

    private Object lockFor(String sourceUri) {
        return locks[Math.floorMod(sourceUri.hashCode(), locks.length)];
    }

    private Result offerLocked(FetchedPage page, FetchInfo info) {
        String id = ArticleId.of(page.sourceUri());
        String sha256 = ArticleId.sha256Hex(page.body());
        Optional<FetchState> previous = states.find(page.sourceUri());
        Instant now = clock.instant();
        if (previous.isPresent() && sha256.equals(previous.get().sha256())) {
            refetched(previous.get(), info, now);
            return new Result(id, ScanReport.Outcome.UNCHANGED, null, sha256);
        }

        publisher.publish(RawPage.of(page.sourceUri(), page.sourceName(), page.fetchedAt(), page.contentType(),
                page.charset(), page.body()));
        // The state is written only after the broker acknowledged the page. A crash right here loses the
        // state record, so the page is published once more on the next scan: at most one duplicate, which
        // consumers tolerate because the key (article id) and content hash are the same.
        try {
            states.save(FetchState.published(page.sourceUri(), page.sourceName(), sha256, now)
                    .withFetchInfo(info.etag(), info.lastModified(), info.nextDueAt()));
            return new Result(id, ScanReport.Outcome.PUBLISHED, null, sha256);
        } catch (RuntimeException e) {
            log.warn("published {} (id {}) but could not save its fetch state, it will be published again: {}",
                    page.sourceUri(), id, e.toString());
            return new Result(id, ScanReport.Outcome.PUBLISHED,
                    "fetch state not saved, will be published again: " + e.getMessage(), sha256);
        }
    }

    /**
     * The server said "not modified" (HTTP 304) for {@code sourceUri}: nothing is published, the validators
     * and next due time are remembered. Without a stored state (it was lost) the page counts as unchanged
     * too: a 304 answers only validators this fetcher sent, so it published that content before.
     */
    public Result notModified(String sourceUri, FetchInfo info) {
        String id = ArticleId.of(sourceUri);
        synchronized (lockFor(sourceUri)) {
            states.find(sourceUri).ifPresent(state -> refetched(state, info, clock.instant()));
        }
        return new Result(id, ScanReport.Outcome.UNCHANGED, "not modified");
    }

    private void refetched(FetchState state, FetchInfo info, Instant now) {
        if (info.equals(FetchInfo.NONE) || (Objects.equals(info.etag(), state.etag())
                && Objects.equals(info.lastModified(), state.lastModified())
                && Objects.equals(info.nextDueAt(), state.nextDueAt()))) {
            refreshSeen(state, now);
            return;
        }
        try {
            states.save(state.refetched(now, info.etag(), info.lastModified(), info.nextDueAt()));
        } catch (RuntimeException e) {
            // Only validators and the due time are lost: the page is fetched again sooner, not published again.
            log.debug("could not save fetch info of {}: {}", state.sourceUri(), e.toString());
        }
    }

    private void refreshSeen(FetchState state, Instant now) {
        if (state.lastSeenAt() != null && state.lastSeenAt().plus(seenRefreshInterval).isAfter(now)) {
            return;
        }
        try {
            states.save(state.seenAt(now));
        } catch (RuntimeException e) {
            // Only the last-seen time is lost; what was published is still known.
            log.debug("could not refresh last-seen time of {}: {}", state.sourceUri(), e.toString());
        }
    }
}

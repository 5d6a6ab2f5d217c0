package io.newspipe.fetcher.source;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.RawPage;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a fetched page unless the same bytes were already published for its source URI, and remembers
 * what it published. Every kind of source goes through here, so "once" means the same everywhere.
 */
public final class OncePublisher {

    private static final Logger log = LoggerFactory.getLogger(OncePublisher.class);

    /** What happened to one offered page; {@code note} says what went half-wrong, null otherwise. */
    public record Result(String articleId, ScanReport.Outcome outcome, String note) {
    }

    private final PagePublisher publisher;
    private final FetchStateStore states;
    private final Clock clock;
    private final Duration seenRefreshInterval;

    /**
     * @param seenRefreshInterval how stale the persisted {@code lastSeenAt} of an unchanged page may get
     *                            before it is written again
     */
    public OncePublisher(PagePublisher publisher, FetchStateStore states, Clock clock, Duration seenRefreshInterval) {
        this.publisher = publisher;
        this.states = states;
        this.clock = clock;
        this.seenRefreshInterval = seenRefreshInterval;
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
        String id = ArticleId.of(page.sourceUri());
        String sha256 = ArticleId.sha256Hex(page.body());
        Optional<FetchState> previous = states.find(page.sourceUri());
        Instant now = clock.instant();
        if (previous.isPresent() && sha256.equals(previous.get().sha256())) {
            refreshSeen(previous.get(), now);
            return new Result(id, ScanReport.Outcome.UNCHANGED, null);
        }

        publisher.publish(RawPage.of(page.sourceUri(), page.sourceName(), page.fetchedAt(), page.contentType(),
                page.charset(), page.body()));
        // The state is written only after the broker acknowledged the page. A crash right here loses the
        // state record, so the page is published once more on the next scan: at most one duplicate, which
        // consumers tolerate because the key (article id) and content hash are the same.
        try {
            states.save(FetchState.published(page.sourceUri(), page.sourceName(), sha256, now));
            return new Result(id, ScanReport.Outcome.PUBLISHED, null);
        } catch (RuntimeException e) {
            log.warn("published {} (id {}) but could not save its fetch state, it will be published again: {}",
                    page.sourceUri(), id, e.toString());
            return new Result(id, ScanReport.Outcome.PUBLISHED,
                    "fetch state not saved, will be published again: " + e.getMessage());
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

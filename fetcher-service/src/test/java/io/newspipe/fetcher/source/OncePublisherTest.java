package io.newspipe.fetcher.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.ArticleId;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import io.newspipe.fetcher.state.InMemoryFetchStateStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OncePublisherTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final RecordingPagePublisher pages = new RecordingPagePublisher();
    private final InMemoryFetchStateStore states = new InMemoryFetchStateStore();
    private final MutableClock clock = new MutableClock(T0);
    private final OncePublisher once = new OncePublisher(pages, states, clock, Duration.ofHours(1));

    @Test
    void publishesNewPageAndRemembersItsHash() {
        OncePublisher.Result result = once.offer(page("file:a.txt", "hello"));

        assertThat(result.outcome()).isEqualTo(ScanReport.Outcome.PUBLISHED);
        assertThat(result.articleId()).isEqualTo(ArticleId.of("file:a.txt"));
        assertThat(pages.published()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(ArticleId.of("file:a.txt"));
            assertThat(p.sourceName()).isEqualTo("test");
            assertThat(new String(p.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(p.charset()).isNull();
        });
        FetchState state = states.find("file:a.txt").orElseThrow();
        assertThat(state.sha256()).isEqualTo(ArticleId.sha256Hex("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(state.id()).isEqualTo(ArticleId.of("file:a.txt"));
        assertThat(state.lastPublishedAt()).isEqualTo(T0);
    }

    @Test
    void sameBytesAreNotPublishedAgainButChangedBytesAre() {
        once.offer(page("file:a.txt", "hello"));
        assertThat(once.offer(page("file:a.txt", "hello")).outcome()).isEqualTo(ScanReport.Outcome.UNCHANGED);
        assertThat(once.offer(page("file:a.txt", "hello, world")).outcome()).isEqualTo(ScanReport.Outcome.PUBLISHED);
        assertThat(pages.published()).extracting(p -> new String(p.body(), StandardCharsets.UTF_8))
                .containsExactly("hello", "hello, world");
    }

    @Test
    void stateIsSavedOnlyAfterThePageWasPublished() {
        List<String> events = new ArrayList<>();
        FetchStateStore recordingStore = new DelegatingStore(states) {
            @Override
            public void save(FetchState state) {
                events.add("save after " + pages.published().size() + " published");
                super.save(state);
            }
        };
        new OncePublisher(pages, recordingStore, clock, Duration.ofHours(1)).offer(page("file:a.txt", "x"));
        assertThat(events).containsExactly("save after 1 published");
    }

    @Test
    void failedPublicationRecordsNothingSoTheNextOfferRetries() {
        pages.failWith(new IllegalStateException("broker down"));
        assertThatThrownBy(() -> once.offer(page("file:a.txt", "x"))).hasMessageContaining("broker down");
        assertThat(states.find("file:a.txt")).isEmpty();

        pages.failWith(null);
        assertThat(once.offer(page("file:a.txt", "x")).outcome()).isEqualTo(ScanReport.Outcome.PUBLISHED);
    }

    @Test
    void unsavedStateIsReportedAndThePageIsPublishedAgain() {
        FetchStateStore failingStore = new DelegatingStore(states) {
            @Override
            public void save(FetchState state) {
                throw new IllegalStateException("state topic unavailable");
            }
        };
        OncePublisher withFailingStore = new OncePublisher(pages, failingStore, clock, Duration.ofHours(1));

        OncePublisher.Result first = withFailingStore.offer(page("file:a.txt", "x"));
        assertThat(first.outcome()).isEqualTo(ScanReport.Outcome.PUBLISHED);
        assertThat(first.note()).contains("state topic unavailable");
        assertThat(withFailingStore.offer(page("file:a.txt", "x")).outcome()).isEqualTo(ScanReport.Outcome.PUBLISHED);
        assertThat(pages.published()).hasSize(2);
    }

    @Test
    void lastSeenIsPersistedOnlyOncePerRefreshInterval() {
        once.offer(page("file:a.txt", "x"));
        clock.advance(Duration.ofMinutes(30));
        once.offer(page("file:a.txt", "x"));
        assertThat(states.find("file:a.txt").orElseThrow().lastSeenAt()).isEqualTo(T0);

        clock.advance(Duration.ofMinutes(31));
        once.offer(page("file:a.txt", "x"));
        FetchState state = states.find("file:a.txt").orElseThrow();
        assertThat(state.lastSeenAt()).isEqualTo(T0.plus(Duration.ofMinutes(61)));
        assertThat(state.lastPublishedAt()).isEqualTo(T0);
        assertThat(pages.published()).hasSize(1);
    }

    private FetchedPage page(String uri, String body) {
        return new FetchedPage(uri, "test", clock.instant(), "text/plain", null, body.getBytes(StandardCharsets.UTF_8));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    static class DelegatingStore implements FetchStateStore {
        private final FetchStateStore delegate;

        DelegatingStore(FetchStateStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void load() {
            delegate.load();
        }

        @Override
        public Optional<FetchState> find(String sourceUri) {
            return delegate.find(sourceUri);
        }

        @Override
        public void save(FetchState state) {
            delegate.save(state);
        }

        @Override
        public Collection<FetchState> all() {
            return delegate.all();
        }
    }
}

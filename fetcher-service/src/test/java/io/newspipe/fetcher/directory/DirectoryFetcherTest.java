package io.newspipe.fetcher.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.RawPage;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.RecordingPagePublisher;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Item;
import io.newspipe.fetcher.source.ScanReport.Outcome;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import io.newspipe.fetcher.state.InMemoryFetchStateStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFetcherTest {

    private static final long MAX_BYTES = 1024;

    @TempDir
    Path temp;

    private final RecordingPagePublisher pages = new RecordingPagePublisher();
    private final InMemoryFetchStateStore states = new InMemoryFetchStateStore();
    private final List<ScanReport> heard = new ArrayList<>();

    @Test
    void publishesEveryRegularFileWithIdsRelativeToTheRoot() throws IOException {
        Path root = temp.resolve("news");
        write(root.resolve("a.txt"), "first article");
        write(root.resolve("2026/01/b.html"), "<p>second article</p>");

        ScanReport report = fetcher(root, states).scanNow();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.counts()).isEqualTo(new ScanReport.Counts(2, 0, 0, 0));
        assertThat(report.items()).extracting(Item::sourceUri, Item::articleId, Item::outcome).containsExactly(
                tuple("file:2026/01/b.html", ArticleId.of("file:2026/01/b.html"), Outcome.PUBLISHED),
                tuple("file:a.txt", ArticleId.of("file:a.txt"), Outcome.PUBLISHED));
        RawPage html = published("file:2026/01/b.html");
        assertThat(html.contentType()).isEqualTo("text/html");
        assertThat(html.charset()).isNull();
        assertThat(html.sourceName()).isEqualTo("local");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).isEqualTo("<p>second article</p>");
        assertThat(html.sha256()).isEqualTo(ArticleId.sha256Hex("<p>second article</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(published("file:a.txt").contentType()).isEqualTo("text/plain");
        assertThat(heard).containsExactly(report);
    }

    @Test
    void idsStayTheSameWhenTheRootMoves() throws IOException {
        Path before = temp.resolve("before");
        write(before.resolve("sub/story.txt"), "story");
        ScanReport first = fetcher(before, states).scanNow();

        Path after = temp.resolve("elsewhere/after");
        Files.createDirectories(after.getParent());
        Files.move(before, after);
        ScanReport moved = fetcher(after, states).scanNow();

        assertThat(moved.items()).extracting(Item::articleId).isEqualTo(first.items().stream().map(Item::articleId).toList());
        assertThat(moved.items()).singleElement().satisfies(item -> {
            assertThat(item.sourceUri()).isEqualTo("file:sub/story.txt");
            assertThat(item.outcome()).isEqualTo(Outcome.UNCHANGED);
        });
        assertThat(pages.published()).hasSize(1);
    }

    @Test
    void skipsHiddenFilesAndDirectoriesWithAReason() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("visible.txt"), "visible");
        write(root.resolve(".hidden.txt"), "hidden");
        write(root.resolve(".git/config"), "hidden dir");
        write(root.resolve("sub/.draft.html"), "hidden in sub");

        ScanReport report = fetcher(root, states).scanNow();

        assertThat(report.itemsWith(Outcome.SKIPPED)).extracting(Item::sourceUri, Item::reason).containsExactlyInAnyOrder(
                tuple("file:.hidden.txt", "hidden file"),
                tuple("file:.git/", "hidden directory"),
                tuple("file:sub/.draft.html", "hidden file"));
        assertThat(pages.published()).extracting(RawPage::sourceUri).containsExactly("file:visible.txt");
    }

    @Test
    void skipsOversizeAndEmptyFilesWithAReason() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("big.html"), "x".repeat((int) MAX_BYTES + 1));
        write(root.resolve("limit.html"), "y".repeat((int) MAX_BYTES));
        write(root.resolve("empty.txt"), "");

        ScanReport report = fetcher(root, states).scanNow();

        assertThat(report.items()).extracting(Item::sourceUri, Item::outcome).containsExactly(
                tuple("file:big.html", Outcome.SKIPPED),
                tuple("file:empty.txt", Outcome.SKIPPED),
                tuple("file:limit.html", Outcome.PUBLISHED));
        assertThat(report.items().get(0).reason()).isEqualTo("larger than the limit: 1025 > 1024 bytes");
        assertThat(report.items().get(1).reason()).isEqualTo("empty file");
        assertThat(pages.published()).extracting(RawPage::sourceUri).containsExactly("file:limit.html");
    }

    @Test
    void rescansPublishOnlyNewAndChangedFiles() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("a.txt"), "a v1");
        write(root.resolve("b.txt"), "b v1");
        DirectoryFetcher fetcher = fetcher(root, states);
        fetcher.scanNow();
        assertThat(pages.drain()).hasSize(2);

        ScanReport unchanged = fetcher.scanNow();
        assertThat(unchanged.counts()).isEqualTo(new ScanReport.Counts(0, 2, 0, 0));
        assertThat(pages.drain()).isEmpty();

        write(root.resolve("a.txt"), "a v2");
        write(root.resolve("new/c.md"), "c v1");
        ScanReport changed = fetcher.scanNow();

        assertThat(changed.items()).extracting(Item::sourceUri, Item::outcome).containsExactly(
                tuple("file:a.txt", Outcome.PUBLISHED),
                tuple("file:b.txt", Outcome.UNCHANGED),
                tuple("file:new/c.md", Outcome.PUBLISHED));
        assertThat(pages.drain()).extracting(p -> new String(p.body(), StandardCharsets.UTF_8))
                .containsExactly("a v2", "c v1");
        assertThat(fetcher.lastReport()).contains(changed);
    }

    @Test
    void aNewFetcherWithTheSameStateDoesNotRepublish() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("a.txt"), "a");
        fetcher(root, states).scanNow();

        ScanReport afterRestart = fetcher(root, states).scanNow();

        assertThat(afterRestart.counts().unchanged()).isEqualTo(1);
        assertThat(pages.published()).hasSize(1);
    }

    @Test
    void aMissingRootIsAFailedScanNotAnException() throws IOException {
        Path root = temp.resolve("not-there-yet");
        DirectoryFetcher fetcher = fetcher(root, states);

        ScanReport missing = fetcher.scanNow();
        assertThat(missing.succeeded()).isFalse();
        assertThat(missing.error()).contains("root directory").contains("not-there-yet");
        assertThat(missing.items()).isEmpty();
        assertThat(fetcher.awaitFirstScan(Duration.ZERO)).contains(missing);

        write(root.resolve("a.txt"), "a");
        assertThat(fetcher.scanNow().counts().published()).isEqualTo(1);
    }

    @Test
    void aRootThatIsAFileIsAFailedScan() throws IOException {
        Path file = temp.resolve("file.txt");
        write(file, "not a directory");
        ScanReport report = fetcher(file, states).scanNow();
        assertThat(report.succeeded()).isFalse();
        assertThat(report.error()).contains("is not a directory");
        assertThat(pages.published()).isEmpty();
    }

    @Test
    void aFailedPublicationIsReportedAndRetriedOnTheNextScan() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("a.txt"), "a");
        DirectoryFetcher fetcher = fetcher(root, states);
        pages.failWith(new IllegalStateException("broker unreachable"));

        ScanReport failed = fetcher.scanNow();
        assertThat(failed.items()).singleElement().satisfies(item -> {
            assertThat(item.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(item.reason()).contains("broker unreachable");
            assertThat(item.articleId()).isEqualTo(ArticleId.of("file:a.txt"));
        });

        pages.failWith(null);
        assertThat(fetcher.scanNow().counts().published()).isEqualTo(1);
    }

    @Test
    void nothingIsPublishedWhileTheStateCannotBeLoaded() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("a.txt"), "a");
        FetchStateStore unloadable = new InMemoryFetchStateStore();
        FetchStateStore failing = new FetchStateStore() {
            @Override
            public void load() {
                throw new IllegalStateException("state topic unreachable");
            }

            @Override
            public Optional<FetchState> find(String sourceUri) {
                return unloadable.find(sourceUri);
            }

            @Override
            public void save(FetchState state) {
                unloadable.save(state);
            }

            @Override
            public Collection<FetchState> all() {
                return unloadable.all();
            }
        };

        ScanReport report = fetcher(root, failing).scanNow();

        assertThat(report.succeeded()).isFalse();
        assertThat(report.error()).contains("state topic unreachable");
        assertThat(pages.published()).isEmpty();
    }

    @Test
    void awaitFirstScanTimesOutBeforeAnyScan() {
        DirectoryFetcher fetcher = fetcher(temp, states);
        assertThat(fetcher.awaitFirstScan(Duration.ofMillis(10))).isEmpty();
        assertThat(fetcher.lastReport()).isEmpty();
    }

    @Test
    void followsSymbolicLinksToFiles() throws IOException {
        Path root = temp.resolve("root");
        Path outside = write(temp.resolve("outside/real.txt"), "linked");
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("link.txt"), outside);

        ScanReport report = fetcher(root, states).scanNow();

        assertThat(report.items()).extracting(Item::sourceUri, Item::outcome)
                .containsExactly(tuple("file:link.txt", Outcome.PUBLISHED));
    }

    @Test
    void resolvesFileUrisInsideTheRootOnly() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("news/a.txt"), "a");
        write(temp.resolve("outside.txt"), "secret");
        Files.createSymbolicLink(root.resolve("escape.txt"), temp.resolve("outside.txt"));
        DirectoryFetcher fetcher = fetcher(root, states);
        Path realRoot = root.toRealPath();

        assertThat(fetcher.resolveInsideRoot("file:news/a.txt")).isEqualTo(realRoot.resolve("news/a.txt"));
        assertThat(fetcher.resolveInsideRoot(realRoot.resolve("news/a.txt").toUri().toString()))
                .isEqualTo(realRoot.resolve("news/a.txt"));
        assertThat(fetcher.resolveInsideRoot("file:news/not-yet.txt")).isEqualTo(realRoot.resolve("news/not-yet.txt"));
        for (String outside : List.of("file:../outside.txt", "file:news/../../outside.txt", "file:escape.txt",
                temp.resolve("outside.txt").toUri().toString(), "file:", "file:.", "https://example.com/")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.resolveInsideRoot(outside))
                    .as(outside).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void fetchesOneFileUnderAnotherSourceNameWithTheScanId() throws IOException {
        Path root = temp.resolve("root");
        write(root.resolve("news/a.txt"), "a");
        write(root.resolve(".hidden/b.txt"), "b");
        DirectoryFetcher fetcher = fetcher(root, states);

        Item item = fetcher.fetchFile(fetcher.resolveInsideRoot("file:news/a.txt"), "ad-hoc");
        assertThat(item.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(item.articleId()).isEqualTo(ArticleId.of("file:news/a.txt"));
        assertThat(published("file:news/a.txt").sourceName()).isEqualTo("ad-hoc");
        assertThat(fetcher.fetchFile(fetcher.resolveInsideRoot("file:news/a.txt"), "ad-hoc").outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(fetcher.fetchFile(fetcher.resolveInsideRoot("file:.hidden/b.txt"), "ad-hoc").outcome())
                .isEqualTo(Outcome.SKIPPED);
        assertThat(fetcher.fetchFile(fetcher.resolveInsideRoot("file:news/missing.txt"), "ad-hoc").outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(fetcher.scanNow().itemsWith(Outcome.UNCHANGED)).extracting(Item::sourceUri)
                .containsExactly("file:news/a.txt");
    }

    private DirectoryFetcher fetcher(Path root, FetchStateStore store) {
        OncePublisher once = new OncePublisher(pages, store, Clock.systemUTC(), Duration.ofHours(1));
        return new DirectoryFetcher(new DirectoryFetcher.Settings("local", root, MAX_BYTES), once, Clock.systemUTC(),
                List.of(heard::add));
    }

    private RawPage published(String sourceUri) {
        return pages.published().stream().filter(p -> p.sourceUri().equals(sourceUri)).findFirst().orElseThrow();
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

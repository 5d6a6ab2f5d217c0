package io.newspipe.fetcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.fetcher.remote.RemoteSource;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher;
import io.newspipe.fetcher.sourcefile.WebSourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesReloaderTest {

    @TempDir
    Path temp;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SourceRegistration directory = new SourceRegistration(new CountingSource("inbox", "/inbox"), true,
            Duration.ofSeconds(30));
    private final WebSourceSpec fromProperties = new WebSourceSpec("shared", RemoteSource.Kind.FEED,
            "https://properties.example/rss", Duration.ofMinutes(15), 100, null, true, 50);

    @Test
    void withoutAFileTheCatalogIsTheFixedAndPropertiesSources() {
        SourcesReloader reloader = reloader(null);
        assertThat(reloader.reload()).isFalse();
        assertThat(locations(reloader)).containsExactly("/inbox", "https://properties.example/rss");
    }

    @Test
    void followsTheFileWhichWinsOverThePropertiesAndKeepsUnchangedSourcesRunning() throws IOException {
        Path file = temp.resolve("sources.yaml");
        Files.writeString(file, """
                - {name: extra, kind: feed, url: "https://extra.example/rss", interval: 1m}
                - {name: shared, kind: url, url: "https://file.example/", enabled: false}
                """);
        SourcesReloader reloader = reloader(file);
        assertThat(reloader.reload()).isTrue();
        assertThat(locations(reloader)).containsExactly("/inbox", "https://file.example/", "https://extra.example/rss");
        SourceRegistration shared = reloader.catalog().named("shared").orElseThrow();
        assertThat(shared.enabled()).isFalse();
        assertThat(shared.source().kind()).isEqualTo("url");
        SourceRegistration extra = reloader.catalog().named("extra").orElseThrow();
        assertThat(extra.scanInterval()).isEqualTo(Duration.ofMinutes(1));

        assertThat(reloader.reload()).as("nothing changed").isFalse();

        // "shared" leaves the file: the properties' one is back; "extra" is untouched; "added" is new.
        Files.writeString(file, """
                sources:
                  - {name: extra, kind: feed, url: "https://extra.example/rss", interval: 1m}
                  - {name: added, kind: sitemap, url: "https://added.example/sitemap.xml"}
                """);
        assertThat(reloader.reload()).isTrue();
        assertThat(locations(reloader)).containsExactly("/inbox", "https://properties.example/rss",
                "https://extra.example/rss", "https://added.example/sitemap.xml");
        assertThat(reloader.catalog().named("extra").orElseThrow()).isSameAs(extra);
        assertThat(reloader.catalog().sources().get(0)).isSameAs(directory);
        assertThat(meters.counter(SourcesReloader.RELOADS, "result", "ok").count()).isEqualTo(2);
        assertThat(meters.counter(SourcesReloader.RELOADS, "result", "invalid").count()).isZero();
    }

    @Test
    void anInvalidFileLeavesTheSourcesInForce() throws IOException {
        Path file = temp.resolve("sources.yaml");
        Files.writeString(file, "- {name: extra, kind: feed, url: \"https://extra.example/rss\"}\n");
        SourcesReloader reloader = reloader(file);
        reloader.reload();
        List<SourceRegistration> before = reloader.catalog().sources();

        Files.writeString(file, "- {name: extra, kind: podcast, url: \"https://extra.example/rss\"}\n");
        assertThat(reloader.reload()).isFalse();
        Files.writeString(file, "- {name: inbox, kind: feed, url: \"https://inbox.example/rss\"}\n");
        assertThat(reloader.reload()).as("takes the directory source's name").isFalse();
        Files.delete(file);
        assertThat(reloader.reload()).isFalse();

        assertThat(reloader.catalog().sources()).isEqualTo(before);
        assertThat(meters.counter(SourcesReloader.RELOADS, "result", "invalid").count()).isEqualTo(3);
        assertThat(meters.counter(SourcesReloader.RELOADS, "result", "ok").count()).isEqualTo(1);
    }

    private SourcesReloader reloader(Path file) {
        return new SourcesReloader(List.of(directory), List.of(fromProperties),
                file == null ? null : new SourcesFileWatcher(file),
                spec -> new SourceRegistration(new CountingSource(spec.name(), spec.url()) {
                    @Override
                    public String kind() {
                        return spec.kind().label();
                    }
                }, spec.enabled(), spec.interval()), meters);
    }

    private static List<String> locations(SourcesReloader reloader) {
        return reloader.catalog().sources().stream().map(r -> r.source().location()).toList();
    }
}

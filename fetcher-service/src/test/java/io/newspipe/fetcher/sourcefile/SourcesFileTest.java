package io.newspipe.fetcher.sourcefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.fetcher.remote.RemoteSource;
import io.newspipe.fetcher.sourcefile.SourcesFile.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcesFileTest {

    @Test
    void readsYamlWithDefaultsAndBothSpellings() throws Exception {
        List<WebSourceSpec> sources = SourcesFile.parse("""
                sources:
                  - name: example-news
                    kind: feed
                    url: https://news.example.com/rss.xml
                    interval: 5m
                    max-pages: 20
                    revisit: PT2H
                    enabled: false
                    maxSitemaps: 3
                  - name: front-page
                    kind: URL
                    url: https://example.org/
                """, Format.YAML);

        assertThat(sources).containsExactly(
                new WebSourceSpec("example-news", RemoteSource.Kind.FEED, "https://news.example.com/rss.xml",
                        Duration.ofMinutes(5), 20, Duration.ofHours(2), false, 3),
                new WebSourceSpec("front-page", RemoteSource.Kind.URL, "https://example.org/",
                        Duration.ofMinutes(15), 100, null, true, 50));
        assertThat(sources.get(1).toSettings().revisit()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void readsJsonAndABareList() throws Exception {
        String json = """
                [ {"name": "maps", "kind": "sitemap", "url": "https://example.com/sitemap.xml", "interval": "1h",
                   "max_pages": "7", "enabled": "true"} ]
                """;
        WebSourceSpec expected = new WebSourceSpec("maps", RemoteSource.Kind.SITEMAP, "https://example.com/sitemap.xml",
                Duration.ofHours(1), 7, null, true, 50);
        assertThat(SourcesFile.parse(json, Format.JSON)).containsExactly(expected);
        assertThat(SourcesFile.parse(json, Format.YAML)).containsExactly(expected);
        assertThat(SourcesFile.parse("sources: []", Format.YAML)).isEmpty();
        assertThat(Format.of(Path.of("/etc/newspipe/Sources.JSON"))).isEqualTo(Format.JSON);
        assertThat(Format.of(Path.of("sources.yaml"))).isEqualTo(Format.YAML);
    }

    @Test
    void parsesSpringStyleDurations() {
        assertThat(SourcesFile.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SourcesFile.parseDuration("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(SourcesFile.parseDuration(" 2d ")).isEqualTo(Duration.ofDays(2));
        assertThat(SourcesFile.parseDuration("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> SourcesFile.parseDuration("soon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsEveryProblemOfAnInvalidFile() {
        String yaml = """
                sources:
                  - name: a
                    kind: podcast
                    url: https://a.example/
                  - name: b
                    kind: feed
                    url: https://b.example/
                    intervall: 5m
                  - name: c
                    kind: feed
                    url: https://c.example/
                    interval: soon
                  - name: c
                    kind: url
                    url: https://c2.example/
                  - name: d
                    kind: feed
                  - name: e
                    kind: feed
                    url: https://e.example/
                    max-pages: 0
                  - just text
                """;
        assertThatThrownBy(() -> SourcesFile.parse(yaml, Format.YAML))
                .isInstanceOfSatisfying(InvalidSourcesFileException.class, e -> assertThat(e.problems()).satisfiesExactly(
                        p -> assertThat(p).contains("source 1 ('a')", "unknown kind 'podcast'"),
                        p -> assertThat(p).contains("source 2 ('b')", "unknown field 'intervall'"),
                        p -> assertThat(p).contains("source 3 ('c')", "interval 'soon' is not a duration"),
                        p -> assertThat(p).contains("source 4 ('c')", "the name is used twice"),
                        p -> assertThat(p).contains("source 5 ('d')", "needs a kind and a url"),
                        p -> assertThat(p).contains("source 6 ('e')", "must be positive"),
                        p -> assertThat(p).contains("source 7", "expected a map")));
    }

    @Test
    void refusesEmptyAndMalformedDocuments() {
        for (Map.Entry<String, String> bad : Map.of(
                "", "empty",
                "  \n", "empty",
                "sources: [ {name: a", "not valid YAML",
                "name: a\nkind: feed", "expected a list of sources",
                "sources: {name: a}", "'sources' must be a list").entrySet()) {
            assertThatThrownBy(() -> SourcesFile.parse(bad.getKey(), Format.YAML)).as(bad.getKey())
                    .isInstanceOf(InvalidSourcesFileException.class).hasMessageContaining(bad.getValue());
        }
        assertThatThrownBy(() -> SourcesFile.parse("[{\"name\": }]", Format.JSON))
                .isInstanceOf(InvalidSourcesFileException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void diffsByNameAndSettings() {
        WebSourceSpec a = spec("a", "https://a.example/");
        WebSourceSpec b = spec("b", "https://b.example/");
        WebSourceSpec b2 = spec("b", "https://b.example/v2");
        WebSourceSpec c = spec("c", "https://c.example/");

        SourceChanges changes = SourceChanges.between(Map.of("a", a, "b", b), Map.of("b", b2, "c", c));

        assertThat(changes.added()).containsExactly("c");
        assertThat(changes.removed()).containsExactly("a");
        assertThat(changes.changed()).containsExactly("b");
        assertThat(SourceChanges.between(Map.of("a", a), Map.of("a", spec("a", "https://a.example/"))).isEmpty()).isTrue();
    }

    static WebSourceSpec spec(String name, String url) {
        return new WebSourceSpec(name, RemoteSource.Kind.FEED, url, Duration.ofMinutes(15), 100, null, true, 50);
    }
}

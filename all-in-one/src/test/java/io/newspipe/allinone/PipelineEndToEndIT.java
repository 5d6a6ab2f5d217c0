package io.newspipe.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds through the four services, a real KRaft broker and the real PostgreSQL, checked through the
 * store's public API only.
 */
class PipelineEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path workDir;

    private static Pipeline pipeline;
    private static JsonNode english;
    private static JsonNode turkish;

    @BeforeAll
    static void runTheSeedsThrough() throws Exception {
        Path seeds = Files.createDirectories(workDir.resolve("seeds"));
        try (Stream<Path> files = Files.list(TestInfrastructure.repoRoot().resolve("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        TestInfrastructure.Database db = TestInfrastructure.postgres();
        pipeline = Pipeline.start(new Pipeline.Settings(TestInfrastructure.kafkaBootstrapServers(), seeds,
                Map.of("spring.datasource.url", db.jdbcUrl(), "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password()),
                0, Map.of()));

        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        List<JsonNode> seedItems = seedItems();
        while (seedItems.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            seedItems = seedItems();
        }
        assertThat(seedItems).as("seed articles stored").hasSize(2);
        for (JsonNode item : seedItems) {
            JsonNode article = get("/api/articles/" + item.path("id").asString());
            if ("en".equals(article.path("language").asString())) {
                english = article;
            } else {
                turkish = article;
            }
        }
    }

    /** Other end-to-end tests of this JVM share the broker and consumer groups: look at the seeds only. */
    private static List<JsonNode> seedItems() throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : get("/api/articles?size=100").path("items")) {
            if (item.path("url").asString().startsWith("file:")) {
                items.add(item);
            }
        }
        return items;
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void bothSeedsAreStoredWithTheirLanguages() {
        assertThat(english).as("an article tagged en").isNotNull();
        assertThat(turkish).as("an article tagged tr").isNotNull();
        assertThat(turkish.path("language").asString()).isEqualTo("tr");
        assertThat(english.path("title").asString()).isEqualTo("Lukashenka: Russian supplied missile system enters combat duty state");
        assertThat(turkish.path("title").asString()).isEqualTo("Aleksandr Lukaşenko: S-400 ve İskender sistemleri devrede");
    }

    @Test
    void spamFootersAndRepeatedHeadlinesAreGoneAndAudited() {
        String en = english.path("text").asString();
        assertThat(en).doesNotContain("hoka").doesNotContain("No comments yet").doesNotContain("No trackbacks yet");
        assertThat(removedTexts(english)).anyMatch(t -> t.contains("hoka shoes"))
                .anyMatch(t -> t.contains("No comments yet.")).anyMatch(t -> t.contains("No trackbacks yet."));

        String title = turkish.path("title").asString();
        assertThat(paragraphs(turkish)).doesNotContain(title);
        assertThat(removedTexts(turkish)).filteredOn(t -> t.equals(title)).hasSize(2);
        for (JsonNode r : english.path("removed")) {
            assertThat(r.path("rule").asString()).isNotBlank();
        }
    }

    @Test
    void nothingOfTheBodyIsLost() throws IOException {
        for (JsonNode article : List.of(english, turkish)) {
            String source = article.path("url").asString();
            Path file = TestInfrastructure.repoRoot().resolve("seeds").resolve(source.substring("file:".length()));
            Set<String> removed = Set.copyOf(removedTexts(article));
            String text = article.path("text").asString();
            for (String line : Files.readAllLines(file)) {
                String l = line.replaceAll("(?U)\\s+", " ").strip(); // the cleaner folds no-break spaces too
                if (l.isEmpty() || l.equals(article.path("title").asString()) || removed.stream().anyMatch(r -> r.contains(l) || l.contains(r))) {
                    continue;
                }
                assertThat(text).as("body line of %s", source).contains(l);
            }
        }
    }

    @Test
    void sharedEntitiesHaveTheSameIdsInBothLanguages() {
        Map<String, String> englishToTurkish = Map.of(
                "Lukashenka", "Lukaşenko",
                "Lukashenko", "Lukaşenko",
                "Putin", "Putin",
                "Belarus", "Belarus",
                "Russia", "Rusya",
                "Minsk", "Minsk",
                "S-400", "S-400",
                "Iskandar", "İskender");
        List<String> shared = new ArrayList<>();
        englishToTurkish.forEach((en, tr) -> {
            String enId = entityIdMentioned(english, en);
            String trId = entityIdMentioned(turkish, tr);
            assertThat(enId).as("entity mentioned as %s in English", en).isNotNull();
            assertThat(trId).as("%s (en) and %s (tr) are one entity", en, tr).isEqualTo(enId);
            shared.add(enId);
        });
        assertThat(Set.copyOf(shared)).hasSize(7); // Lukashenka and Lukashenko are one
    }

    @Test
    void theQueryApiFiltersByLanguageAndEntity() throws Exception {
        assertThat(get("/api/articles?language=tr").path("items")).extracting(i -> i.path("id").asString())
                .containsExactly(turkish.path("id").asString());
        String putin = entityIdMentioned(english, "Putin");
        assertThat(get("/api/articles?entity=" + putin).path("items")).extracting(i -> i.path("id").asString())
                .containsExactlyInAnyOrder(english.path("id").asString(), turkish.path("id").asString());
        assertThat(get("/api/articles?entity=no-such-entity").path("items")).isEmpty();
    }

    @Test
    void theTwoSeedsFormOneStoryAcrossLanguages() throws Exception {
        String story = english.path("storyId").asString();
        assertThat(story).isNotBlank().isEqualTo(turkish.path("storyId").asString());
        JsonNode detail = get("/api/stories/" + story);
        assertThat(detail.path("articles")).extracting(a -> a.path("id").asString())
                .containsExactlyInAnyOrder(english.path("id").asString(), turkish.path("id").asString());
        assertThat(detail.path("story").path("languages")).extracting(l -> l.path("language").asString())
                .containsExactlyInAnyOrder("en", "tr");
    }

    @Test
    void fullTextSearchFindsTurkishWordsWithTheirSuffixes() throws Exception {
        // The article says "İskender sistemini" and "Rusya’nın": the query's bare words must find them.
        for (String q : List.of("İskender", "Rusya", "savaş uçakları")) {
            assertThat(get("/api/articles?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))
                    .path("items")).as("q=%s", q).extracting(i -> i.path("id").asString())
                    .contains(turkish.path("id").asString());
        }
        assertThat(get("/api/articles?q=missile&language=en").path("items")).extracting(i -> i.path("id").asString())
                .containsExactly(english.path("id").asString());
    }

    @Test
    void entitiesAreCountedPerLanguageWithTheirSpellings() throws Exception {
        String lukashenko = entityIdMentioned(english, "Lukashenka");
        JsonNode top = get("/api/entities?type=PERSON");
        JsonNode counted = StreamSupport.stream(top.path("items").spliterator(), false)
                .filter(e -> e.path("id").asString().equals(lukashenko)).findFirst().orElseThrow();
        assertThat(counted.path("articles").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode profile = get("/api/entities/" + lukashenko);
        assertThat(profile.path("aliases")).extracting(a -> a.path("text").asString())
                .contains("Lukashenka", "Lukashenko").anyMatch(t -> t.startsWith("Lukaşenko"));
        assertThat(profile.path("latestArticles")).extracting(a -> a.path("id").asString())
                .contains(english.path("id").asString(), turkish.path("id").asString());
        assertThat(getStatus("/api/entities/no-such-entity")).isEqualTo(404);
        assertThat(getStatus("/api/articles?size=oops")).isEqualTo(400);
        assertThat(getStatus("/v3/api-docs")).isEqualTo(200);
    }

    private static int getStatus(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.apiPort() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String entityIdMentioned(JsonNode article, String surfacePrefix) {
        for (JsonNode entity : article.path("entities")) {
            for (JsonNode mention : entity.path("mentions")) {
                if (mention.path("text").asString().startsWith(surfacePrefix)) {
                    return entity.path("id").asString();
                }
            }
        }
        return null;
    }

    private static List<String> removedTexts(JsonNode article) {
        return StreamSupport.stream(article.path("removed").spliterator(), false)
                .map(r -> r.path("text").asString().strip()).collect(Collectors.toList());
    }

    private static List<String> paragraphs(JsonNode article) {
        return StreamSupport.stream(article.path("paragraphs").spliterator(), false).map(JsonNode::asString).toList();
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + pipeline.apiPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

package io.newspipe.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.store.StoreApplication;
import io.newspipe.store.StoryArticles;
import io.newspipe.store.persistence.ArticleRepository;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Search, stories, entities, OpenAPI and parameter errors over real HTTP, on the store with in-memory H2. */
class QueryApiTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext store;
    private static StoreApiClient api;
    private static EnrichedArticle turkish;
    private static EnrichedArticle english;
    private static EnrichedArticle markets;

    @BeforeAll
    static void startStoreWithArticles() {
        store = StoreApplication.builder().properties(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:mem:query-api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.kafka.listener.auto-startup=false",
                "spring.kafka.admin.auto-create=false").run();
        api = new StoreApiClient(store.getEnvironment().getProperty("local.server.port"));
        turkish = StoryArticles.turkishMinskSummit(T0);
        english = StoryArticles.englishMinskSummit(T0.plus(Duration.ofHours(20)));
        markets = StoryArticles.frankfurtMarkets(T0.plus(Duration.ofHours(2)));
        store.getBean(ArticleRepository.class).upsertAll(List.of(turkish, english, markets));
    }

    @AfterAll
    static void stopStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchesWithQAndPagesWithCursors() throws Exception {
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?q=" + encode("İskender"), 200))).containsExactly(turkish.id());
        JsonNode first = api.getJson("/api/articles?size=2", 200);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("sort").asString()).isEqualTo("time");
        String cursor = first.get("nextCursor").asString();
        JsonNode second = api.getJson("/api/articles?size=2&cursor=" + cursor, 200);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        List<String> all = new ArrayList<>(StoreApiClient.ids(first));
        all.addAll(StoreApiClient.ids(second));
        assertThat(all).containsExactly(english.id(), markets.id(), turkish.id());
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?entityType=organization&from=2026-03-01T12:00:00Z&to=2026-03-03", 200)))
                .containsExactly(english.id());
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?source=test-source&language=tr", 200))).containsExactly(turkish.id());
    }

    @Test
    void theSummitIsOneStoryInTwoLanguages() throws Exception {
        JsonNode article = api.getJson("/api/articles/" + turkish.id(), 200);
        String story = article.get("storyId").asString();
        assertThat(api.getJson("/api/articles/" + english.id(), 200).get("storyId").asString()).isEqualTo(story);
        assertThat(api.getJson("/api/articles/" + markets.id(), 200).get("storyId").asString()).isNotEqualTo(story);

        JsonNode stories = api.getJson("/api/stories", 200);
        assertThat(stories.get("total").asLong()).isEqualTo(2);
        JsonNode summit = api.getJson("/api/stories?minArticles=2", 200).get("items").get(0);
        assertThat(summit.get("id").asString()).isEqualTo(story);
        assertThat(summit.get("articleCount").asInt()).isEqualTo(2);
        assertThat(summit.get("languages").findValuesAsString("language")).containsExactlyInAnyOrder("tr", "en");
        assertThat(summit.get("topEntities").get(0).get("id").asString()).isEqualTo(StoryArticles.LUKASHENKO);

        JsonNode detail = api.getJson("/api/stories/" + story, 200);
        assertThat(detail.get("articles").valueStream().map(a -> a.get("id").asString()).toList()).containsExactly(turkish.id(), english.id());
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?story=" + story, 200))).containsExactly(english.id(), turkish.id());
    }

    @Test
    void entitiesAnswerWithCountsPerLanguageAndAliases() throws Exception {
        JsonNode top = api.getJson("/api/entities?type=PERSON", 200);
        assertThat(top.get("items").findValuesAsString("id")).containsExactly(StoryArticles.LUKASHENKO, StoryArticles.PUTIN);
        assertThat(top.get("items").get(0).get("articles").asLong()).isEqualTo(2);

        JsonNode lukashenko = api.getJson("/api/entities/" + StoryArticles.LUKASHENKO, 200);
        assertThat(lukashenko.get("names").valueStream().map(JsonNode::asString).toList())
                .contains("Alexander Lukashenko", "Lukaşenko", "Lukashenka");
        assertThat(lukashenko.get("latestArticles").size()).isEqualTo(2);
        assertThat(api.getJson("/api/entities/Q7314", 200).get("id").asString()).isEqualTo(StoryArticles.LUKASHENKO);
    }

    @Test
    void unknownStoriesAndEntitiesAre404ProblemDetails() throws Exception {
        assertProblem("/api/stories/no-such-story", 404, "no-such-story");
        assertProblem("/api/entities/per:nobody", 404, "per:nobody");
    }

    @Test
    void badParametersAre400ProblemDetailsSayingWhy() throws Exception {
        assertProblem("/api/articles?from=yesterday", 400, "from");
        assertProblem("/api/articles?from=2026-03-02&to=2026-03-01", 400, "to");
        assertProblem("/api/articles?entityType=THING", 400, "entityType");
        assertProblem("/api/articles?sort=best", 400, "sort");
        assertProblem("/api/articles?sort=relevance", 400, "sort");
        assertProblem("/api/articles?cursor=bm9wZQ", 400, "cursor");
        assertProblem("/api/articles?q=" + "x".repeat(501), 400, "q");
        assertProblem("/api/stories?minArticles=0", 400, "minArticles");
        assertProblem("/api/stories?size=0", 400, "size");
        assertProblem("/api/entities?limit=0", 400, "limit");
        assertProblem("/api/entities?type=PLANET", 400, "entityType");
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndSwaggerUiIsServed() throws Exception {
        JsonNode docs = api.getJson("/v3/api-docs", 200);
        assertThat(docs.get("paths").propertyNames()).contains("/api/articles", "/api/articles/{id}", "/api/stories",
                "/api/stories/{id}", "/api/entities", "/api/entities/{id}");
        assertThat(docs.get("paths").get("/api/articles").get("get").get("parameters").findValuesAsString("name"))
                .contains("q", "language", "entity", "entityType", "source", "from", "to", "story", "sort", "cursor");
        HttpResponse<String> ui = api.get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    private static void assertProblem(String path, int status, String mentioned) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(path).contains(mentioned);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.newspipe.store.api;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.store.StoreApplication;
import io.newspipe.store.persistence.ArticleRepository;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The query API over real HTTP, on the store with an in-memory H2 database and no Kafka consumption. */
class ArticleApiTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext store;
    private static StoreApiClient api;
    private static final List<EnrichedArticle> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void startStoreWithArticles() {
        store = StoreApplication.builder().properties(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:mem:api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.kafka.listener.auto-startup=false",
                "spring.kafka.admin.auto-create=false").run();
        api = new StoreApiClient(store.getEnvironment().getProperty("local.server.port"));
        ARTICLES.add(article("https://news.example/1", "en", T0, List.of("Putin visits Minsk", "Vladimir Putin arrived in Minsk."),
                entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747", 0.9, "Vladimir Putin"),
                entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.4, "Minsk")));
        ARTICLES.add(article("https://haber.example/2", "tr", T0.plusSeconds(60), List.of("Putin Minsk'te", "Vladimir Putin Minsk'e geldi."),
                entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747", 0.9, "Vladimir Putin")));
        // the next two share their fetch time: the id orders them
        ARTICLES.add(article("https://news.example/3", "en", T0.plusSeconds(120), List.of("Markets", "Stocks rose in Frankfurt."),
                entity("Q1794", EntityType.LOCATION, "Frankfurt", "Q1794", 0.5, "Frankfurt")));
        ARTICLES.add(article("https://news.example/4", "en", T0.plusSeconds(120), List.of("Weather", "Rain in Minsk."),
                entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.7, "Minsk")));
        ARTICLES.add(article("https://haber.example/5", "tr", T0.plusSeconds(180), List.of("Hava durumu", "Yarın yağmur bekleniyor.")));
        store.getBean(ArticleRepository.class).upsertAll(ARTICLES);
    }

    @AfterAll
    static void stopStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void listsNewestFetchFirstWithTiesOrderedById() throws Exception {
        JsonNode page = api.getJson("/api/articles", 200);

        List<String> tied = ARTICLES.subList(2, 4).stream().map(EnrichedArticle::id).sorted().toList();
        assertThat(StoreApiClient.ids(page)).containsExactly(ARTICLES.get(4).id(), tied.get(0), tied.get(1), ARTICLES.get(1).id(),
                ARTICLES.get(0).id());
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        JsonNode oldest = page.get("items").get(4);
        assertThat(oldest.get("url").asString()).isEqualTo("https://news.example/1");
        assertThat(oldest.get("title").asString()).isEqualTo("Putin visits Minsk");
        assertThat(oldest.get("language").asString()).isEqualTo("en");
        assertThat(oldest.get("version").asInt()).isEqualTo(1);
        assertThat(oldest.get("fetchedAt").asString()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(oldest.get("entities").findValuesAsString("id")).containsExactly("Q7747", "Q2280");
        assertThat(oldest.get("entities").get(0).get("type").asString()).isEqualTo("PERSON");
    }

    @Test
    void filtersByLanguageAndEntity() throws Exception {
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?language=tr", 200)))
                .containsExactly(ARTICLES.get(4).id(), ARTICLES.get(1).id());
        assertThat(StoreApiClient.ids(api.getJson("/api/articles?entity=Q2280", 200)))
                .containsExactly(ARTICLES.get(3).id(), ARTICLES.get(0).id());
        JsonNode both = api.getJson("/api/articles?language=TR&entity=Q7747", 200);
        assertThat(StoreApiClient.ids(both)).containsExactly(ARTICLES.get(1).id());
        assertThat(both.get("total").asLong()).isEqualTo(1);
        assertThat(api.getJson("/api/articles?entity=nobody", 200).get("total").asLong()).isZero();
    }

    @Test
    void pagesAreStableAndCoverEveryArticleOnce() throws Exception {
        List<String> all = StoreApiClient.ids(api.getJson("/api/articles", 200));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = api.getJson("/api/articles?size=2&page=" + page, 200);
            assertThat(body.get("total").asLong()).isEqualTo(5);
            assertThat(body.get("size").asInt()).isEqualTo(2);
            paged.addAll(StoreApiClient.ids(body));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(api.getJson("/api/articles?size=2&page=3", 200).get("items").size()).isZero();
    }

    @Test
    void capsThePageSize() throws Exception {
        assertThat(api.getJson("/api/articles?size=1000", 200).get("size").asInt()).isEqualTo(100);
    }

    @Test
    void showsOneArticleInFull() throws Exception {
        EnrichedArticle first = ARTICLES.get(0);

        JsonNode detail = api.getJson("/api/articles/" + first.id(), 200);

        assertThat(detail.get("id").asString()).isEqualTo(first.id());
        assertThat(detail.get("sourceName").asString()).isEqualTo("test-source");
        assertThat(detail.get("byline").asString()).isEqualTo("A. Reporter");
        assertThat(detail.get("text").asString()).isEqualTo("Putin visits Minsk\n\nVladimir Putin arrived in Minsk.");
        assertThat(detail.get("paragraphs").get(1).asString()).isEqualTo("Vladimir Putin arrived in Minsk.");
        assertThat(detail.get("storedAt").isNull()).isFalse();
        JsonNode putin = detail.get("entities").get(0);
        assertThat(putin.get("qid").asString()).isEqualTo("Q7747");
        assertThat(putin.get("salience").asDouble()).isEqualTo(0.9);
        JsonNode mention = putin.get("mentions").get(0);
        assertThat(detail.get("text").asString().substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("text").asString()).isEqualTo("Vladimir Putin");
        assertThat(detail.get("removed").get(0).get("rule").asString()).isEqualTo("comment-footer");
    }

    @Test
    void anUnknownArticleIsA404ProblemDetail() throws Exception {
        HttpResponse<String> response = api.get("/api/articles/0000000000000000000000000000dead");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Article not found");
        assertThat(problem.get("detail").asString()).contains("0000000000000000000000000000dead");
    }

    @Test
    void badParametersAre400ProblemDetailsSayingWhy() throws Exception {
        assertBadRequest("/api/articles?size=0", "size");
        assertBadRequest("/api/articles?page=-1", "page");
        assertBadRequest("/api/articles?language=english!", "language");
        assertBadRequest("/api/articles?page=first", "page");
    }

    private static void assertBadRequest(String path, String parameter) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).as(path).contains(parameter);
    }
}

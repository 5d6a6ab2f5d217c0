package io.newspipe.store.api;

import static io.newspipe.store.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.store.MutableClock;
import io.newspipe.store.StoryArticles;
import io.newspipe.store.TestArticles;
import io.newspipe.store.TestDatabases;
import io.newspipe.store.api.EntityViews.EntityProfile;
import io.newspipe.store.api.EntityViews.TopEntities;
import io.newspipe.store.api.StoryViews.StoryDetail;
import io.newspipe.store.api.StoryViews.StoryPage;
import io.newspipe.store.persistence.ArticleRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Search, filters, pagination, stories and entities over stored articles, run against each database by a subclass. */
abstract class ArticleQueriesContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    ArticleRepository repository;
    ArticleQueries articles;
    StoryQueries stories;
    EntityQueries entities;
    EnrichedArticle turkish;
    EnrichedArticle english;
    EnrichedArticle gas;
    EnrichedArticle markets;
    EnrichedArticle belgrade;

    protected abstract DataSource dataSource();

    protected abstract String vendor();

    protected String schema() {
        return null;
    }

    @BeforeEach
    void storeArticles() {
        DataSource dataSource = dataSource();
        JdbcTemplate jdbc = TestDatabases.migratedAndEmpty(dataSource, vendor(), schema());
        repository = new ArticleRepository(jdbc, new DataSourceTransactionManager(dataSource), new EventCodec().mapper(),
                new MutableClock(T0.plus(Duration.ofDays(1))));
        articles = new ArticleQueries(jdbc, new EventCodec().mapper());
        stories = new StoryQueries(jdbc, articles);
        entities = new EntityQueries(jdbc, articles);
        turkish = StoryArticles.turkishMinskSummit(T0);
        english = StoryArticles.englishMinskSummit(T0.plus(Duration.ofHours(20)));
        gas = TestArticles.fromSource(StoryArticles.putinOnGas(T0.plus(Duration.ofHours(2))), "wire");
        markets = StoryArticles.frankfurtMarkets(T0.plus(Duration.ofDays(5)));
        belgrade = article("https://haber.example/belgrad", "tr", T0.plus(Duration.ofHours(1)),
                List.of("Belgrad'da yağmur", "Sırbistan'ın başkenti Belgrad'da sağanak yağış bekleniyor."));
        repository.upsertAll(List.of(turkish, gas, belgrade));
        repository.upsertAll(List.of(english, markets));
    }

    private List<String> search(String q, String language) {
        return ids(articles.list(new ArticleFilter(language, null, null, null, null, null, null, q), ArticleSort.TIME, 0, 20, null));
    }

    private static List<String> ids(ArticlePage page) {
        return page.items().stream().map(ArticleSummary::id).toList();
    }

    @Test
    void aTurkishNameFindsItsApostropheSuffixedForms() {
        assertThat(search("İskender", null)).containsExactly(turkish.id());
        assertThat(search("iskender", "tr")).containsExactly(turkish.id());
        assertThat(search("İskender'i", null)).containsExactly(turkish.id());
        // "Belgrad'da", "Minsk’te", "Belarus’a": the bare names find them
        assertThat(search("Belgrad", null)).containsExactly(belgrade.id());
        assertThat(search("Minsk", null)).containsExactly(english.id(), turkish.id());
        assertThat(search("Belarus", "tr")).containsExactly(turkish.id());
    }

    @Test
    void turkishAndEnglishWordsFindTheirInflectedForms() {
        // "sistemleri" (title), "sistemlerini", "sistemini". Not the bare "sistem": PostgreSQL's Turkish snowball
        // stemmer takes its final m for a possessive suffix ("siste").
        assertThat(search("sistemleri", "tr")).containsExactly(turkish.id());
        assertThat(search("missile system", null)).containsExactly(english.id());
        assertThat(search("lukaşenko putin", null)).containsExactly(turkish.id());
        assertThat(search("frankfurt", null)).containsExactly(markets.id());
        assertThat(search("nowhere-to-be-found", null)).isEmpty();
        assertThat(search("?!", null)).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(list(new ArticleFilter(null, null, "ORGANIZATION", null, null, null, null, null))))
                .containsExactly(markets.id(), english.id(), gas.id(), turkish.id());
        assertThat(ids(list(new ArticleFilter(null, StoryArticles.PUTIN, null, null, null, null, null, null))))
                .containsExactly(english.id(), gas.id(), turkish.id());
        assertThat(ids(list(new ArticleFilter(null, "Q7747", null, "wire", null, null, null, null)))).containsExactly(gas.id());
        // article time is the published time, an hour before the fetch: [T0, T0 + 2h) holds belgrade and gas
        assertThat(ids(list(new ArticleFilter(null, null, null, null, T0, T0.plus(Duration.ofHours(2)), null, null))))
                .containsExactly(gas.id(), belgrade.id());
        assertThat(ids(list(new ArticleFilter("en", null, "LOCATION", null, T0.plus(Duration.ofMinutes(90)), null, null, null))))
                .containsExactly(markets.id(), english.id());
        String story = articles.find(turkish.id()).orElseThrow().storyId();
        assertThat(ids(list(new ArticleFilter(null, null, null, null, null, null, story, null))))
                .containsExactly(english.id(), turkish.id());
        assertThat(ids(list(new ArticleFilter("tr", null, null, null, null, null, story, "iskender")))).containsExactly(turkish.id());
    }

    @Test
    void cursorPagesCoverEveryArticleOnceAndStayStableWhileArticlesArrive() {
        List<String> all = ids(list(new ArticleFilter(null, null)));
        assertThat(all).hasSize(5);

        List<String> paged = new ArrayList<>();
        ArticlePage page = articles.list(new ArticleFilter(null, null), ArticleSort.TIME, 0, 2, null);
        paged.addAll(ids(page));
        // a newer article arrives between pages: it belongs before the first page and shifts nothing
        repository.upsert(article("https://news.example/late", "en", T0.plus(Duration.ofDays(9)), List.of("Late news")));
        while (page.nextCursor() != null) {
            page = articles.list(new ArticleFilter(null, null), ArticleSort.TIME, 0, 2, ArticleCursor.decode(page.nextCursor()));
            paged.addAll(ids(page));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(page.total()).isEqualTo(6);
    }

    @Test
    void aCursorOfTheOtherSortOrderIsRejected() {
        ArticleCursor relevance = ArticleCursor.atOffset(2);
        assertThatThrownBy(() -> articles.list(new ArticleFilter(null, null), ArticleSort.TIME, 0, 2, relevance))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ArticleCursor.decode("not-a-cursor")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void relevanceOrderPagesByOffset() {
        ArticleFilter minsk = new ArticleFilter(null, null, null, null, null, null, null, "minsk");
        ArticlePage first = articles.list(minsk, ArticleSort.RELEVANCE, 0, 1, null);
        ArticlePage second = articles.list(minsk, ArticleSort.RELEVANCE, 0, 1, ArticleCursor.decode(first.nextCursor()));

        assertThat(first.total()).isEqualTo(2);
        assertThat(List.of(ids(first).get(0), ids(second).get(0))).containsExactlyInAnyOrder(turkish.id(), english.id());
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void storiesListTheSummitInBothLanguagesWithItsTopEntities() {
        StoryPage page = stories.list(null, null, null, null, 2, 0, 20);

        assertThat(page.total()).isEqualTo(1);
        StoryViews.StorySummary summit = page.items().get(0);
        assertThat(summit.articleCount()).isEqualTo(2);
        assertThat(summit.languages()).extracting(StoryViews.LanguageCount::language).containsExactlyInAnyOrder("tr", "en");
        assertThat(summit.topEntities()).extracting(StoryViews.StoryEntity::id).startsWith(StoryArticles.LUKASHENKO, StoryArticles.PUTIN);
        assertThat(summit.title()).isEqualTo(turkish.article().title());

        StoryPage all = stories.list(null, null, null, null, 1, 0, 20);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items().get(0).id()).isEqualTo(articles.find(markets.id()).orElseThrow().storyId());
        assertThat(stories.list(null, null, "en", "Q7314", 1, 0, 20).items()).extracting(StoryViews.StorySummary::id)
                .containsExactly(summit.id());

        StoryDetail detail = stories.find(summit.id()).orElseThrow();
        assertThat(detail.articles()).extracting(ArticleSummary::id).containsExactly(turkish.id(), english.id());
        assertThat(stories.find("no-such-story")).isEmpty();
    }

    @Test
    void topEntitiesCountArticlesPerLanguageWithinTheWindow() {
        TopEntities top = entities.top(null, null, null, null, 3);
        // three articles each, ties by id; then Belarus and Lukashenko with two
        assertThat(top.items()).extracting(EntityViews.EntityCount::id)
                .containsExactly("loc:russia", StoryArticles.PUTIN, "loc:belarus");
        EntityViews.EntityCount putin = top.items().get(1);
        assertThat(putin.articles()).isEqualTo(3);
        assertThat(putin.languages()).containsExactly(new StoryViews.LanguageCount("en", 2), new StoryViews.LanguageCount("tr", 1));

        TopEntities windowed = entities.top(T0.plus(Duration.ofHours(12)), null, "PERSON", null, 10);
        assertThat(windowed.items()).extracting(EntityViews.EntityCount::id)
                .containsExactly(StoryArticles.LUKASHENKO, StoryArticles.PUTIN);
    }

    @Test
    void anEntityShowsItsNamesAcrossLanguagesAndItsArticles() {
        EntityProfile lukashenko = entities.find("Q7314", 10).orElseThrow();

        assertThat(lukashenko.id()).isEqualTo(StoryArticles.LUKASHENKO);
        assertThat(lukashenko.articles()).isEqualTo(2);
        assertThat(lukashenko.names()).startsWith("Alexander Lukashenko")
                .contains("Lukashenka", "Lukashenko", "Lukaşenko", "Aleksandr Lukaşenko");
        assertThat(lukashenko.aliases()).contains(new EntityViews.Alias("Lukashenka", "en", 2));
        assertThat(lukashenko.latestArticles()).extracting(ArticleSummary::id).containsExactly(english.id(), turkish.id());
        assertThat(entities.find("per:nobody", 10)).isEmpty();
    }

    private ArticlePage list(ArticleFilter filter) {
        return articles.list(filter, ArticleSort.TIME, 0, 20, null);
    }
}

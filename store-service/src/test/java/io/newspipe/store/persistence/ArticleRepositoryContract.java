package io.newspipe.store.persistence;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.store.MutableClock;
import io.newspipe.store.StoreApplication;
import io.newspipe.store.StoryArticles;
import io.newspipe.store.TestArticles;
import io.newspipe.store.article.UpsertOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The behaviour of {@link ArticleRepository}, run against each supported database by a subclass. */
abstract class ArticleRepositoryContract {

    private static final Instant FETCHED = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private JdbcTemplate jdbc;
    private ArticleRepository repository;

    /** A migrated-or-not database of the subclass's kind; the same one may be handed out for every test. */
    protected abstract DataSource dataSource();

    /** Flyway vendor folder: h2 or postgresql. */
    protected abstract String vendor();

    /** Schema the migrations go to, null for the connection's default. */
    protected String schema() {
        return null;
    }

    @BeforeEach
    void migrateAndEmpty() {
        DataSource dataSource = dataSource();
        var flyway = Flyway.configure().dataSource(dataSource).locations(StoreApplication.migrationLocations(vendor()));
        if (schema() != null) {
            flyway.schemas(schema());
        }
        flyway.load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("mentions", "article_entities", "articles", "stories", "entities")) {
            jdbc.update("DELETE FROM " + table);
        }
        repository = new ArticleRepository(jdbc, new DataSourceTransactionManager(dataSource), new EventCodec().mapper(), clock);
    }

    private static EnrichedArticle belarusArticle(Instant fetchedAt) {
        return article("https://news.example/world/belarus-air-defence", "en", fetchedAt, List.of(
                        "Lukashenko says S-400 and Iskander systems are on duty",
                        "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Minsk.",
                        "Lukashenko said Belarus and Russia plan their forces jointly."),
                entity("Q7314", EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.9, "Lukashenko", "Alexander Lukashenko", "Lukashenko"),
                entity("Q7747", EntityType.PERSON, "Vladimir Putin", "Q7747", 0.6, "Vladimir Putin"),
                entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.3, "Minsk"));
    }

    @Test
    void insertStoresArticleEntitiesAndMentions() {
        EnrichedArticle article = belarusArticle(FETCHED);

        assertThat(repository.upsert(article)).isEqualTo(UpsertOutcome.INSERTED);

        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of("articles", 1L, "entities", 3L,
                "article_entities", 3L, "mentions", 5L));
        Map<String, Object> row = jdbc.queryForMap("SELECT version, content_version, language, title FROM articles WHERE id = ?",
                article.id());
        assertThat(row).containsEntry("version", 1).containsEntry("content_version", article.article().rawSha256())
                .containsEntry("language", "en").containsEntry("title", "Lukashenko says S-400 and Iskander systems are on duty");
        List<Map<String, Object>> lukashenko = jdbc.queryForList("SELECT surface, start_offset, end_offset FROM mentions"
                + " WHERE article_id = ? AND entity_id = 'Q7314' ORDER BY ordinal", article.id());
        assertThat(lukashenko).extracting(m -> m.get("surface")).containsExactly("Lukashenko", "Alexander Lukashenko", "Lukashenko");
        int start = ((Number) lukashenko.get(1).get("start_offset")).intValue();
        int end = ((Number) lukashenko.get(1).get("end_offset")).intValue();
        assertThat(article.article().text().substring(start, end)).isEqualTo("Alexander Lukashenko");
    }

    @Test
    void redeliveryChangesNothing() {
        EnrichedArticle article = belarusArticle(FETCHED);
        repository.upsert(article);
        Map<String, Object> before = articleRow(article.id());
        Map<String, Long> countsBefore = counts();
        clock.advance(Duration.ofMinutes(5));

        assertThat(repository.upsert(article)).isEqualTo(UpsertOutcome.UNCHANGED);
        // the enricher re-run on unchanged input: same content, later timestamp
        assertThat(repository.upsert(TestArticles.reEnriched(article, FETCHED.plusSeconds(600)))).isEqualTo(UpsertOutcome.UNCHANGED);

        assertThat(articleRow(article.id())).isEqualTo(before);
        assertThat(counts()).isEqualTo(countsBefore);
    }

    @Test
    void newContentReplacesTheOldVersion() {
        EnrichedArticle first = belarusArticle(FETCHED);
        repository.upsert(first);
        Map<String, Object> before = articleRow(first.id());
        clock.advance(Duration.ofMinutes(5));
        EnrichedArticle second = article(first.article().sourceUri(), "en", FETCHED.plusSeconds(3600), List.of(
                        "Lukashenko: air defence drills continue",
                        "Alexander Lukashenko announced more joint exercises with Russia."),
                entity("Q7314", EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.95, "Alexander Lukashenko"),
                entity("Q159", EntityType.LOCATION, "Russia", "Q159", 0.4, "Russia"));

        assertThat(repository.upsert(second)).isEqualTo(UpsertOutcome.UPDATED);

        Map<String, Object> after = articleRow(second.id());
        assertThat(after.get("version")).isEqualTo(2);
        assertThat(after.get("content_version")).isEqualTo(second.article().rawSha256()).isNotEqualTo(before.get("content_version"));
        assertThat(after.get("stored_at")).isEqualTo(before.get("stored_at"));
        assertThat(after.get("updated_at")).isNotEqualTo(before.get("updated_at"));
        assertThat(jdbc.queryForList("SELECT surface FROM mentions WHERE article_id = ? ORDER BY entity_id, ordinal",
                String.class, second.id())).containsExactly("Russia", "Alexander Lukashenko");
        assertThat(jdbc.queryForList("SELECT entity_id FROM article_entities WHERE article_id = ? ORDER BY entity_id",
                String.class, second.id())).containsExactly("Q159", "Q7314");
        assertThat(repository.upsert(second)).isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(articleRow(second.id()).get("version")).isEqualTo(2);
    }

    @Test
    void changedEnrichmentOfTheSamePageIsANewVersion() {
        EnrichedArticle first = belarusArticle(FETCHED);
        repository.upsert(first);
        Entity minskAsOrganization = new Entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.5,
                first.entities().get(2).mentions());
        EnrichedArticle reEnriched = TestArticles.withEntities(first, List.of(minskAsOrganization), FETCHED.plusSeconds(900));

        assertThat(repository.upsert(reEnriched)).isEqualTo(UpsertOutcome.UPDATED);

        assertThat(articleRow(first.id()).get("version")).isEqualTo(2);
        assertThat(articleRow(first.id()).get("content_version")).isEqualTo(first.article().rawSha256());
        assertThat(counts()).containsEntry("article_entities", 1L).containsEntry("mentions", 1L);
    }

    @Test
    void anOlderVersionReplayedAfterANewerOneIsIgnored() {
        EnrichedArticle older = belarusArticle(FETCHED);
        EnrichedArticle newer = article(older.article().sourceUri(), "en", FETCHED.plusSeconds(60), List.of("Updated text."));
        repository.upsert(older);
        repository.upsert(newer);

        assertThat(repository.upsert(older)).isEqualTo(UpsertOutcome.STALE);

        assertThat(articleRow(older.id())).containsEntry("version", 2).containsEntry("content_version", newer.article().rawSha256());
    }

    @Test
    void anEntitySharedByTwoArticlesIsStoredOnce() {
        EnrichedArticle english = belarusArticle(FETCHED);
        EnrichedArticle turkish = article("https://haber.example/dunya/belarus-hava-savunmasi", "tr", FETCHED.plusSeconds(5),
                List.of("Lukaşenko: S-400 ve İskender sistemleri devrede",
                        "Belarus Cumhurbaşkanı Aleksandr Lukaşenko, Minsk'te Vladimir Putin ile bir araya geldi."),
                entity("Q7314", EntityType.PERSON, "Alexander Lukashenko", "Q7314", 0.9, "Lukaşenko", "Aleksandr Lukaşenko"),
                entity("Q2280", EntityType.LOCATION, "Minsk", "Q2280", 0.3, "Minsk"));

        assertThat(repository.upsertAll(List.of(english, turkish)))
                .containsExactly(UpsertOutcome.INSERTED, UpsertOutcome.INSERTED);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entities WHERE id = 'Q7314'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_entities WHERE entity_id = 'Q7314'", Long.class)).isEqualTo(2);
        assertThat(counts()).containsEntry("entities", 3L).containsEntry("article_entities", 5L);
    }

    @Test
    void twoVersionsInOneBatchCountBothAndKeepTheLast() {
        EnrichedArticle first = belarusArticle(FETCHED);
        EnrichedArticle second = article(first.article().sourceUri(), "en", FETCHED.plusSeconds(60), List.of("Updated text."));

        assertThat(repository.upsertAll(List.of(first, second, first)))
                .containsExactly(UpsertOutcome.INSERTED, UpsertOutcome.UPDATED, UpsertOutcome.STALE);

        assertThat(articleRow(first.id())).containsEntry("version", 2).containsEntry("content_version", second.article().rawSha256());
        assertThat(counts()).containsEntry("articles", 1L).containsEntry("article_entities", 0L);
    }

    @Test
    void anArticleBreakingTheContractIsRejectedAndNothingOfItsBatchIsStored() {
        EnrichedArticle good = belarusArticle(FETCHED);
        EnrichedArticle bad = TestArticles.withEntities(belarusArticle(FETCHED), List.of(new Entity("Q1", EntityType.MISC,
                "Out of range", null, 0.1, List.of(new Mention("x", 5, 100_000)))), FETCHED);

        assertThatThrownBy(() -> repository.upsertAll(List.of(good, bad)))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("outside the article text");

        assertThat(counts()).containsEntry("articles", 0L);
    }

    @Test
    void timestampsRoundTripAtMicrosecondPrecision() {
        EnrichedArticle article = belarusArticle(FETCHED);
        repository.upsert(article);

        assertThat(repository.storedVersion(article.id()).fetchedAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(jdbc.queryForObject("SELECT stored_at FROM articles", OffsetDateTime.class).toInstant())
                .isEqualTo(clock.instant());
    }

    @Test
    void theTurkishAndEnglishReportsOfOneEventFormOneStoryAndOtherEventsDoNotJoinIt() {
        EnrichedArticle turkish = StoryArticles.turkishMinskSummit(FETCHED);
        EnrichedArticle english = StoryArticles.englishMinskSummit(FETCHED.plus(Duration.ofHours(20)));
        EnrichedArticle putinOnGas = StoryArticles.putinOnGas(FETCHED.plus(Duration.ofHours(2)));
        EnrichedArticle markets = StoryArticles.frankfurtMarkets(FETCHED.plus(Duration.ofHours(3)));

        repository.upsert(turkish);
        repository.upsertAll(List.of(putinOnGas, english, markets));

        String story = storyOf(turkish);
        assertThat(story).isNotNull();
        assertThat(storyOf(english)).isEqualTo(story);
        assertThat(storyOf(putinOnGas)).isNotNull().isNotEqualTo(story);
        assertThat(storyOf(markets)).isNotNull().isNotEqualTo(story).isNotEqualTo(storyOf(putinOnGas));
        assertThat(jdbc.queryForObject("SELECT article_count FROM stories WHERE id = ?", Integer.class, story)).isEqualTo(2);
        // article time is the published time: an hour before the fetch in these articles
        assertThat(jdbc.queryForObject("SELECT started_at FROM stories WHERE id = ?", OffsetDateTime.class, story).toInstant())
                .isEqualTo(Instant.parse("2026-03-01T09:15:30.123456Z"));
        assertThat(jdbc.queryForObject("SELECT last_article_at FROM stories WHERE id = ?", OffsetDateTime.class, story).toInstant())
                .isEqualTo(Instant.parse("2026-03-02T05:15:30.123456Z"));
        assertThat(count("stories")).isEqualTo(3);
    }

    @Test
    void reportsOfTheSameEventFarApartInTimeAreSeparateStories() {
        EnrichedArticle turkish = StoryArticles.turkishMinskSummit(FETCHED);
        EnrichedArticle english = StoryArticles.englishMinskSummit(FETCHED.plus(Duration.ofDays(4)));

        repository.upsertAll(List.of(turkish, english));

        assertThat(storyOf(english)).isNotEqualTo(storyOf(turkish));
    }

    @Test
    void aNewVersionKeepsItsStoryAndARedeliveryChangesNoStory() {
        EnrichedArticle turkish = StoryArticles.turkishMinskSummit(FETCHED);
        EnrichedArticle english = StoryArticles.englishMinskSummit(FETCHED.plusSeconds(60));
        repository.upsertAll(List.of(turkish, english));
        String story = storyOf(turkish);

        repository.upsert(TestArticles.reEnriched(english, FETCHED.plusSeconds(3600)));
        repository.upsert(TestArticles.withEntities(english, english.entities().subList(0, 6), FETCHED.plusSeconds(7200)));

        assertThat(storyOf(english)).isEqualTo(story);
        assertThat(count("stories")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT article_count FROM stories", Integer.class)).isEqualTo(2);
    }

    @Test
    void aNewVersionAboutAnotherEventLeavesTheStoryAndAnEmptiedStoryIsRemoved() {
        EnrichedArticle turkish = StoryArticles.turkishMinskSummit(FETCHED);
        EnrichedArticle english = StoryArticles.englishMinskSummit(FETCHED.plusSeconds(60));
        EnrichedArticle markets = StoryArticles.frankfurtMarkets(FETCHED.plusSeconds(120));
        repository.upsertAll(List.of(turkish, english, markets));
        String marketsStory = storyOf(markets);

        // the markets page now carries the summit (a reused URL): it joins the summit, its old story goes
        repository.upsert(TestArticles.withEntities(markets, List.of(), FETCHED));
        assertThat(storyOf(markets)).isEqualTo(marketsStory);
        EnrichedArticle moved = TestArticles.withEntities(markets, StoryArticles.englishMinskSummit(FETCHED).entities().stream()
                .map(e -> new Entity(e.id(), e.type(), e.name(), e.qid(), e.salience(), List.of())).toList(), FETCHED.plusSeconds(900));
        repository.upsert(moved);

        assertThat(storyOf(markets)).isEqualTo(storyOf(turkish));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stories WHERE id = ?", Long.class, marketsStory)).isZero();
        assertThat(jdbc.queryForObject("SELECT article_count FROM stories WHERE id = ?", Integer.class, storyOf(turkish))).isEqualTo(3);
    }

    @Test
    void twoReportsOfOneEventStoredInParallelFormOneStory() throws Exception {
        for (int round = 0; round < 5; round++) {
            Instant fetched = FETCHED.plus(Duration.ofDays(30L * round));
            EnrichedArticle turkish = StoryArticles.turkishMinskSummit(fetched);
            EnrichedArticle english = StoryArticles.englishMinskSummit(fetched.plusSeconds(60));
            for (String table : List.of("mentions", "article_entities", "articles", "stories")) {
                jdbc.update("DELETE FROM " + table);
            }
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = writers.submit(() -> {
                    start.await();
                    return repository.upsert(turkish);
                });
                Future<?> second = writers.submit(() -> {
                    start.await();
                    return repository.upsert(english);
                });
                first.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
            } finally {
                writers.shutdownNow();
            }
            assertThat(storyOf(english)).as("round " + round).isEqualTo(storyOf(turkish));
            assertThat(count("stories")).isEqualTo(1);
        }
    }

    @Test
    void storesTheArticleTimeAndTheNormalisedSearchText() {
        EnrichedArticle turkish = StoryArticles.turkishMinskSummit(FETCHED);
        repository.upsert(turkish);

        assertThat(jdbc.queryForObject("SELECT article_time FROM articles WHERE id = ?", OffsetDateTime.class, turkish.id()).toInstant()).isEqualTo(turkish.article().publishedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(jdbc.queryForObject("SELECT search_text FROM articles WHERE id = ?", String.class, turkish.id())).startsWith("aleksandr lukaşenko: s-400 ve iskender sistemleri")
                .contains("rusya, iskender i ve s-400").contains("minsk te");
    }

    private String storyOf(EnrichedArticle article) {
        return jdbc.queryForObject("SELECT story_id FROM articles WHERE id = ?", String.class, article.id());
    }

    private Map<String, Object> articleRow(String id) {
        return jdbc.queryForMap("SELECT version, content_version, fingerprint, stored_at, updated_at, text FROM articles WHERE id = ?", id);
    }

    private Map<String, Long> counts() {
        return Map.of(
                "articles", count("articles"),
                "entities", count("entities"),
                "article_entities", count("article_entities"),
                "mentions", count("mentions"));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}

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
import io.newspipe.store.TestArticles;
import io.newspipe.store.article.UpsertOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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

    /** Schema the migrations go to, null for the connection's default. */
    protected String schema() {
        return null;
    }

    @BeforeEach
    void migrateAndEmpty() {
        DataSource dataSource = dataSource();
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema() != null) {
            flyway.schemas(schema());
        }
        flyway.load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of("mentions", "article_entities", "articles", "entities")) {
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

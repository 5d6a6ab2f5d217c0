package io.newspipe.store.article;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EventCodec;
import io.newspipe.store.TestArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleVersionsTest {

    private static final Instant FETCHED = Instant.parse("2026-03-01T10:00:00Z");
    private final ArticleVersions versions = new ArticleVersions(new EventCodec().mapper());
    private final EnrichedArticle article = article("https://news.example/a", "en", FETCHED,
            List.of("Title", "Berlin is a city."), entity("Q64", EntityType.LOCATION, "Berlin", "Q64", 0.5, "Berlin"));

    @Test
    void fingerprintIgnoresProcessingTimestamps() {
        EnrichedArticle reRun = TestArticles.reEnriched(article, FETCHED.plusSeconds(3600));

        assertThat(versions.fingerprint(reRun)).isEqualTo(versions.fingerprint(article)).hasSize(64);
    }

    @Test
    void fingerprintChangesWithTheEnrichment() {
        EnrichedArticle otherSalience = TestArticles.withEntities(article, List.of(new EnrichedArticle.Entity("Q64",
                EntityType.LOCATION, "Berlin", "Q64", 0.9, article.entities().get(0).mentions())), FETCHED);

        assertThat(versions.fingerprint(otherSalience)).isNotEqualTo(versions.fingerprint(article));
    }

    @Test
    void decidesByStoredVersion() {
        String fingerprint = versions.fingerprint(article);
        Instant enriched = article.enrichedAt();

        assertThat(ArticleVersions.decide(null, article, fingerprint)).isEqualTo(UpsertOutcome.INSERTED);
        assertThat(ArticleVersions.decide(new StoredVersion(fingerprint, 3, FETCHED, enriched), article, fingerprint))
                .isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(ArticleVersions.decide(new StoredVersion("other", 3, FETCHED.minusSeconds(1), enriched), article, fingerprint))
                .isEqualTo(UpsertOutcome.UPDATED);
        assertThat(ArticleVersions.decide(new StoredVersion("other", 3, FETCHED.plusSeconds(1), enriched), article, fingerprint))
                .isEqualTo(UpsertOutcome.STALE);
        assertThat(ArticleVersions.decide(new StoredVersion("other", 3, FETCHED, enriched.plusSeconds(1)), article, fingerprint))
                .isEqualTo(UpsertOutcome.STALE);
        assertThat(ArticleVersions.decide(new StoredVersion("other", 3, null, null), article, fingerprint))
                .isEqualTo(UpsertOutcome.UPDATED);
    }
}

package io.newspipe.store.article;

import static io.newspipe.store.TestArticles.article;
import static io.newspipe.store.TestArticles.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.store.TestArticles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichedArticleNormaliserTest {

    private static final Instant FETCHED = Instant.parse("2026-03-01T10:00:00.123456789Z");
    private final EnrichedArticle article = article("https://news.example/a", "en", FETCHED,
            List.of("Title", "Berlin and Paris."), entity("Q64", EntityType.LOCATION, "Berlin", "Q64", 0.5, "Berlin"));

    @Test
    void truncatesTimestampsToMicroseconds() {
        EnrichedArticle normalised = EnrichedArticleNormaliser.normalise(article);

        assertThat(normalised.article().fetchedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    @Test
    void mergesAnEntityListedTwice() {
        Entity berlin = article.entities().get(0);
        Entity again = new Entity("Q64", EntityType.LOCATION, "Berlin", null, 0.8, List.of(new Mention("Berlin", 7, 13)));

        EnrichedArticle normalised = EnrichedArticleNormaliser.normalise(TestArticles.withEntities(article, List.of(berlin, again), FETCHED));

        assertThat(normalised.entities()).singleElement().satisfies(e -> {
            assertThat(e.salience()).isEqualTo(0.8);
            assertThat(e.qid()).isEqualTo("Q64");
            assertThat(e.mentions()).hasSize(2);
        });
    }

    @Test
    void rejectsAMentionOutsideTheText() {
        Entity broken = new Entity("Q90", EntityType.LOCATION, "Paris", "Q90", 0.5, List.of(new Mention("Paris", 20, 99)));

        assertThatThrownBy(() -> EnrichedArticleNormaliser.normalise(TestArticles.withEntities(article, List.of(broken), FETCHED)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(article.id()).hasMessageContaining("outside the article text");
    }

    @Test
    void rejectsAnEventWithoutItsArticle() {
        EnrichedArticle noArticle = new EnrichedArticle(1, article.id(), null, article.language(), List.of(), FETCHED);

        assertThatThrownBy(() -> EnrichedArticleNormaliser.normalise(noArticle))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("article is missing");
    }

    @Test
    void rejectsAnArticleWhoseIdDiffersFromTheEvent() {
        EnrichedArticle mismatched = new EnrichedArticle(1, "0123456789abcdef0123456789abcdef", article.article(),
                article.language(), List.of(), FETCHED);

        assertThatThrownBy(() -> EnrichedArticleNormaliser.normalise(mismatched))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("differs from the event id");
    }
}

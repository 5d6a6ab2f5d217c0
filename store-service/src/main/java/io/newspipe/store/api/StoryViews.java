package io.newspipe.store.api;

import java.time.Instant;
import java.util.List;

/** What the story API answers. */
public final class StoryViews {

    private StoryViews() {
    }

    /**
     * A story: articles about one event, across languages.
     *
     * @param title         title of its first article
     * @param startedAt     article time (published, else fetched) of its first article
     * @param lastArticleAt article time of its latest article
     * @param languages     articles per language, most first
     * @param topEntities   the entities most central to the story: summed salience over its articles
     */
    public record StorySummary(String id, String title, Instant startedAt, Instant lastArticleAt, int articleCount,
                               List<LanguageCount> languages, List<StoryEntity> topEntities) {
    }

    public record LanguageCount(String language, long articles) {
    }

    /** An entity of a story: in how many of its articles, with what summed salience. */
    public record StoryEntity(String id, String type, String name, long articles, double salience) {
    }

    /** Stories with the latest article first. */
    public record StoryPage(List<StorySummary> items, int page, int size, long total) {
    }

    /** A story with its articles, earliest first. */
    public record StoryDetail(StorySummary story, List<ArticleSummary> articles) {
    }
}

package io.newspipe.store.api;

import java.time.Instant;
import java.util.List;

/** What the entity API answers. */
public final class EntityViews {

    private EntityViews() {
    }

    /** An entity with the number of articles naming it, in all and per language (most first). */
    public record EntityCount(String id, String type, String name, String qid, long articles,
                              List<StoryViews.LanguageCount> languages) {
    }

    /** The most named entities of a time window ({@code from}/{@code to} null: unbounded). */
    public record TopEntities(Instant from, Instant to, List<EntityCount> items) {
    }

    /** A surface form the entity was found under, in one language, and how often. */
    public record Alias(String text, String language, long mentions) {
    }

    /**
     * One entity: its canonical name, the names it appears under ({@code aliases}: distinct mention
     * surfaces) and the latest articles naming it.
     */
    public record EntityProfile(String id, String type, String name, String qid, long articles,
                                List<StoryViews.LanguageCount> languages, List<String> names, List<Alias> aliases,
                                List<ArticleSummary> latestArticles) {
    }
}

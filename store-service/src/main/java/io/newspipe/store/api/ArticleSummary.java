package io.newspipe.store.api;

import java.time.Instant;
import java.util.List;

/** One article in a result list. {@code url} is the article's canonical source. */
public record ArticleSummary(String id, String url, String title, String language, double languageConfidence,
                             Instant publishedAt, Instant fetchedAt, int version, List<EntityReference> entities,
                             String sourceName, String storyId) {

    public record EntityReference(String id, String type, String name) {
    }

    ArticleSummary withEntities(List<EntityReference> list) {
        return new ArticleSummary(id, url, title, language, languageConfidence, publishedAt, fetchedAt, version, list,
                sourceName, storyId);
    }
}

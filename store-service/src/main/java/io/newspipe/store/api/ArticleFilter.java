package io.newspipe.store.api;

import java.time.Instant;

/**
 * Criteria of the article list; a null criterion matches everything.
 *
 * @param language   language code as stored (ISO 639-1 or {@code und})
 * @param entity     entity id, or the entity's Wikidata QID
 * @param entityType the article names an entity of this type (PERSON, ORGANIZATION, LOCATION, MISC)
 * @param source     the source name the fetcher gave the article
 * @param from       article time (published, else fetched) at or after this
 * @param to         article time before this
 * @param story      story id
 * @param query      full-text query as typed
 */
public record ArticleFilter(String language, String entity, String entityType, String source, Instant from, Instant to,
                            String story, String query) {

    public ArticleFilter(String language, String entity) {
        this(language, entity, null, null, null, null, null, null);
    }
}

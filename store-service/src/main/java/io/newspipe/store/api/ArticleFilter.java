package io.newspipe.store.api;

/**
 * Criteria of the article list; a null criterion matches everything.
 *
 * @param language language code as stored (ISO 639-1 or {@code und})
 * @param entity   entity id, or the entity's Wikidata QID
 */
public record ArticleFilter(String language, String entity) {
}

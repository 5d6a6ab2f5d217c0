package io.newspipe.store.article;

import java.time.Instant;

/**
 * What the store knows about the version of an article it holds: enough to tell a redelivery, a newer
 * version and a stale replay apart without loading the article.
 *
 * @param fingerprint {@link ArticleVersions#fingerprint} of the stored content
 * @param version     1 for the first version, incremented by every replacement
 * @param fetchedAt   when the stored version's page was fetched, may be null
 * @param enrichedAt  when the stored version was enriched, may be null
 */
public record StoredVersion(String fingerprint, int version, Instant fetchedAt, Instant enrichedAt) {
}

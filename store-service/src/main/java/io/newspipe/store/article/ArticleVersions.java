package io.newspipe.store.article;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether an incoming enriched article is new, a new version, a redelivery or a stale replay.
 *
 * <p>The raw page's hash alone is not enough to tell versions apart: the same page cleaned by newer
 * cleaner rules, or enriched with a newer gazetteer, carries the same hash but different stored content.
 * So the version is the fingerprint of all content a reader can see: the clean article, its language
 * and its entities. Processing timestamps are left out so that re-running a stage on unchanged input is
 * recognised as the same version.
 */
public final class ArticleVersions {

    private final JsonMapper mapper;

    public ArticleVersions(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Hex SHA-256 of the article's visible content; equal for a redelivery of the same event. */
    public String fingerprint(EnrichedArticle enriched) {
        CleanArticle a = enriched.article();
        CleanArticle withoutTimestamps = new CleanArticle(a.schemaVersion(), a.id(), a.sourceUri(), a.sourceName(),
                null, a.rawSha256(), a.contentType(), a.title(), a.byline(), a.publishedAt(), a.siteName(),
                a.canonicalUrl(), a.declaredLanguage(), a.description(), a.leadImage(), a.paragraphs(), a.text(),
                a.removed(), a.status(), a.statusReason(), null);
        // Records serialise their components in declaration order, so the JSON is canonical.
        String canonical = mapper.writeValueAsString(List.of(withoutTimestamps, enriched.language(), enriched.entities()));
        return ArticleId.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param stored      the stored version, or null when the article is not stored yet
     * @param incoming    the incoming article
     * @param fingerprint {@link #fingerprint} of {@code incoming}
     */
    public static UpsertOutcome decide(StoredVersion stored, EnrichedArticle incoming, String fingerprint) {
        if (stored == null) {
            return UpsertOutcome.INSERTED;
        }
        if (stored.fingerprint().equals(fingerprint)) {
            return UpsertOutcome.UNCHANGED;
        }
        if (isOlder(incoming.article().fetchedAt(), incoming.enrichedAt(), stored)) {
            return UpsertOutcome.STALE;
        }
        return UpsertOutcome.UPDATED;
    }

    /**
     * An older fetch is stale; for the same fetch, an older enrichment is. Records of one article share a
     * partition, so this only happens when a topic is replayed or a batch redelivered after a newer version
     * was stored: without it, the replay would bring back old content and count phantom versions.
     */
    private static boolean isOlder(Instant fetchedAt, Instant enrichedAt, StoredVersion stored) {
        if (fetchedAt == null || stored.fetchedAt() == null) {
            return false;
        }
        int byFetch = fetchedAt.compareTo(stored.fetchedAt());
        if (byFetch != 0) {
            return byFetch < 0;
        }
        return enrichedAt != null && stored.enrichedAt() != null && enrichedAt.isBefore(stored.enrichedAt());
    }
}

package io.newspipe.store.api;

import java.time.Instant;
import java.util.List;

/**
 * One stored article in full. Mention offsets point into {@code text}. {@code storedAt} is when the article
 * was first stored, {@code updatedAt} when its current {@code version} was. {@code contentVersion} is the
 * SHA-256 of the raw page it was cleaned from.
 * {@code articleTime} is the published, else fetched, time; {@code storyId} the story the article belongs to.
 */
public record ArticleDetail(String id, String url, String sourceName, String title, String byline, String language,
                            double languageConfidence, Instant publishedAt, Instant fetchedAt, Instant storedAt,
                            Instant updatedAt, int version, String contentVersion, String text, List<String> paragraphs,
                            List<EntityDetail> entities, List<RemovedBlock> removed, String storyId,
                            Instant articleTime) {

    public record EntityDetail(String id, String type, String name, String qid, double salience,
                               List<MentionSpan> mentions) {
    }

    /** A mention's surface text and its [start, end) offsets into the article text. */
    public record MentionSpan(String text, int start, int end) {
    }

    /** A block the cleaner dropped, and why. */
    public record RemovedBlock(String rule, String reason, String text) {
    }
}

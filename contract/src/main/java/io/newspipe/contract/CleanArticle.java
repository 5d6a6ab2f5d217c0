package io.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The article without its boilerplate: value of {@link Topics#CLEAN_ARTICLES}.
 *
 * <p>{@code text} is the paragraphs joined by a blank line ({@link #PARAGRAPH_SEPARATOR}); entity offsets
 * downstream point into it.
 *
 * @param status       {@code OK}, or {@code EMPTY} when nothing article-like was left (see {@code statusReason})
 * @param rawSha256    SHA-256 of the raw page this was cleaned from: the content version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CleanArticle(
        int schemaVersion,
        String id,
        String sourceUri,
        String sourceName,
        Instant fetchedAt,
        String rawSha256,
        String contentType,
        String title,
        String byline,
        Instant publishedAt,
        String siteName,
        String canonicalUrl,
        String declaredLanguage,
        String description,
        String leadImage,
        List<String> paragraphs,
        String text,
        List<Removal> removed,
        Status status,
        String statusReason,
        Instant cleanedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public enum Status { OK, EMPTY }

    public CleanArticle {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        removed = removed == null ? List.of() : List.copyOf(removed);
        if (text == null) {
            text = String.join(PARAGRAPH_SEPARATOR, paragraphs);
        }
    }
}

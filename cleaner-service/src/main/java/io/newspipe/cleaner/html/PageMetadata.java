package io.newspipe.cleaner.html;

import java.time.Instant;

/** What a page says about itself. Every field may be null. */
public record PageMetadata(
        String title,
        String byline,
        Instant publishedAt,
        String siteName,
        String canonicalUrl,
        String language,
        String description,
        String leadImage) {
}

package io.newspipe.store.api;

import java.util.Locale;

/** Order of the article list. */
public enum ArticleSort {
    /** Newest fetch first, ties by id. */
    TIME,
    /** Best full-text match first (needs {@code q}); on H2, which has no ranking, the same as {@link #TIME}. */
    RELEVANCE;

    static ArticleSort parse(String value) {
        if (value == null || value.isBlank()) {
            return TIME;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("sort", "must be 'time' or 'relevance', was '" + value + "'");
        }
    }
}

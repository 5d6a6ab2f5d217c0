package io.newspipe.store.api;

import java.util.List;

/**
 * A page of articles; {@code total} counts all matches. {@code nextCursor}, when not null, fetches the page
 * after this one ({@code cursor=}); {@code page} is the page number when paging by number.
 */
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total, String sort, String nextCursor) {
}

package io.newspipe.store.api;

import java.util.List;

/** A page of articles, newest fetched first; {@code total} counts all matches. */
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total) {
}

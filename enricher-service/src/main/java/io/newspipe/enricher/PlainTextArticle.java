package io.newspipe.enricher;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Text that did not come through the cleaner, shaped as a clean article so the enricher can take it:
 * paragraphs are the blocks between blank lines, whitespace collapsed, nothing removed.
 */
public final class PlainTextArticle {

    private PlainTextArticle() {
    }

    public static CleanArticle of(String sourceUri, String sourceName, String title, String text, Instant now) {
        String body = text == null ? "" : text;
        List<String> paragraphs = Arrays.stream(body.split("\\R\\s*\\R"))
                .map(p -> p.strip().replaceAll("\\s+", " "))
                .filter(p -> !p.isEmpty())
                .toList();
        String sha256 = ArticleId.sha256Hex((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
        return new CleanArticle(CleanArticle.SCHEMA_VERSION, ArticleId.of(sourceUri), sourceUri, sourceName, now, sha256,
                "text/plain", title, null, null, null, null, null, null, null, paragraphs, null, List.of(),
                paragraphs.isEmpty() ? CleanArticle.Status.EMPTY : CleanArticle.Status.OK,
                paragraphs.isEmpty() ? "no text" : null, now);
    }
}

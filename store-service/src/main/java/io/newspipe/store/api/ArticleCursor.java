package io.newspipe.store.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where the next page of articles starts, as an opaque token. In time order it is the sort key of the last
 * article shown (keyset pagination: articles stored meanwhile neither shift nor repeat a page); in relevance
 * order, where scores are not stable keys, it is the offset of the next article.
 *
 * @param sort      the order the cursor belongs to
 * @param fetchedAt fetch time of the last article shown (time order), null when it had none
 * @param id        id of the last article shown (time order)
 * @param offset    index of the next article (relevance order)
 */
public record ArticleCursor(ArticleSort sort, Instant fetchedAt, String id, long offset) {

    private static final String NO_TIME = "-";

    public static ArticleCursor after(Instant fetchedAt, String id) {
        return new ArticleCursor(ArticleSort.TIME, fetchedAt, id, 0);
    }

    public static ArticleCursor atOffset(long offset) {
        return new ArticleCursor(ArticleSort.RELEVANCE, null, null, offset);
    }

    public String encode() {
        String plain = sort == ArticleSort.TIME
                ? "t|" + (fetchedAt == null ? NO_TIME : Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, fetchedAt))) + "|" + id
                : "r|" + offset;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidQueryException when the token was not made by {@link #encode} */
    public static ArticleCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts[0].equals("t") && parts.length == 3 && !parts[2].isEmpty()) {
                Instant fetchedAt = parts[1].equals(NO_TIME) ? null : Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
                return after(fetchedAt, parts[2]);
            }
            if (parts[0].equals("r") && parts.length == 2) {
                long offset = Long.parseLong(parts[1]);
                if (offset >= 0) {
                    return atOffset(offset);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new InvalidQueryException("cursor", "is not a cursor this API returned as nextCursor");
    }
}

package io.newspipe.fetcher.state;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.newspipe.contract.ArticleId;
import java.time.Instant;

/**
 * What the fetcher last did with one source URI: the value of the compacted fetch-state topic, keyed by
 * the article id. It is how a page is published once across restarts.
 *
 * @param schemaVersion   version of this record's shape, {@link #SCHEMA_VERSION} when written by this code
 * @param id              {@link ArticleId} of {@code sourceUri}
 * @param sourceUri       canonical source
 * @param sourceName      name of the source that last published it
 * @param sha256          hex SHA-256 of the body last published
 * @param lastPublishedAt when that body was published
 * @param lastSeenAt      when the source last showed the page (refreshed in memory on every scan, persisted
 *                        at most once per refresh interval so unchanged pages do not flood the topic)
 * @param etag            HTTP validator of the last response, for conditional requests; null for files
 * @param lastModified    HTTP {@code Last-Modified} of the last response; null for files
 * @param nextDueAt       earliest time worth fetching again; null when the source's own interval decides
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FetchState(
        int schemaVersion,
        String id,
        String sourceUri,
        String sourceName,
        String sha256,
        Instant lastPublishedAt,
        Instant lastSeenAt,
        String etag,
        String lastModified,
        Instant nextDueAt) {

    public static final int SCHEMA_VERSION = 1;

    /** The state after {@code sha256} was published for the first time, or after a change. */
    public static FetchState published(String sourceUri, String sourceName, String sha256, Instant at) {
        return new FetchState(SCHEMA_VERSION, ArticleId.of(sourceUri), sourceUri, sourceName, sha256, at, at,
                null, null, null);
    }

    /** The same content, fetched again at {@code at} with these validators and next due time. */
    public FetchState refetched(Instant at, String etag, String lastModified, Instant nextDueAt) {
        return new FetchState(SCHEMA_VERSION, id, sourceUri, sourceName, sha256, lastPublishedAt, at, etag,
                lastModified, nextDueAt);
    }

    /** The HTTP validators and the next due time, kept after a publication. */
    public FetchState withFetchInfo(String etag, String lastModified, Instant nextDueAt) {
        return new FetchState(SCHEMA_VERSION, id, sourceUri, sourceName, sha256, lastPublishedAt, lastSeenAt, etag,
                lastModified, nextDueAt);
    }

    public FetchState seenAt(Instant at) {
        return new FetchState(SCHEMA_VERSION, id, sourceUri, sourceName, sha256, lastPublishedAt, at, etag,
                lastModified, nextDueAt);
    }
}

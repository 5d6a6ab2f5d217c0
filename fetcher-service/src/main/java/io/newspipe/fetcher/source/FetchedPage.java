package io.newspipe.fetcher.source;

import java.time.Instant;

/**
 * Bytes a source just read, before deciding whether they are worth publishing.
 *
 * @param sourceUri   canonical source, the basis of the article id
 * @param contentType media type without parameters
 * @param charset     charset declared by the transport, null when it said nothing (always for files)
 */
public record FetchedPage(String sourceUri, String sourceName, Instant fetchedAt, String contentType,
                          String charset, byte[] body) {
}

package io.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Base64;

/**
 * A fetched page exactly as it came in: value of {@link Topics#RAW_PAGES}.
 *
 * @param schemaVersion version of this record's shape, {@link #SCHEMA_VERSION} when written by this code
 * @param id            {@link ArticleId} of {@code sourceUri}
 * @param sourceUri     canonical source: normalised URL or {@code file:relative/path}
 * @param sourceName    name of the configured source that brought the page in
 * @param fetchedAt     when the bytes were read
 * @param contentType   media type as declared (HTTP header) or guessed from the file name, without parameters
 * @param charset       charset as declared by the transport, or null when the transport said nothing
 * @param bodyBase64    the raw bytes, Base64: decoding is the cleaner's job because only it can sniff meta tags
 * @param sha256        hex SHA-256 of the raw bytes, used to publish unchanged content only once
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawPage(
        int schemaVersion,
        String id,
        String sourceUri,
        String sourceName,
        Instant fetchedAt,
        String contentType,
        String charset,
        String bodyBase64,
        String sha256) {

    public static final int SCHEMA_VERSION = 1;

    public static RawPage of(String sourceUri, String sourceName, Instant fetchedAt, String contentType,
                             String charset, byte[] body) {
        return new RawPage(SCHEMA_VERSION, ArticleId.of(sourceUri), sourceUri, sourceName, fetchedAt,
                contentType, charset, Base64.getEncoder().encodeToString(body), ArticleId.sha256Hex(body));
    }

    public byte[] body() {
        return bodyBase64 == null ? new byte[0] : Base64.getDecoder().decode(bodyBase64);
    }
}

package io.newspipe.fetcher.http;

/**
 * What fetching one URL came to.
 *
 * @param kind         the outcome
 * @param requestedUrl the canonical URL asked for
 * @param finalUrl     the canonical URL the redirects ended at (the requested one without redirects)
 * @param status       HTTP status of the last response, 0 when there was none
 * @param contentType  media type without parameters, lower case; null unless fetched
 * @param charset      charset declared in {@code Content-Type}, null when none or unknown to the JVM
 * @param body         decoded body; null unless fetched
 * @param etag         validator to send as {@code If-None-Match} next time
 * @param lastModified validator to send as {@code If-Modified-Since} next time
 * @param reason       short, low-cardinality reason of a skip or failure (a metric tag), null otherwise
 * @param detail       the reason for people: URL, status, limit
 */
public record HttpResult(Kind kind, String requestedUrl, String finalUrl, int status, String contentType,
                         String charset, byte[] body, String etag, String lastModified, String reason,
                         String detail) {

    public enum Kind { FETCHED, NOT_MODIFIED, SKIPPED, FAILED }

    static HttpResult fetched(String requested, String finalUrl, int status, String contentType, String charset,
                              byte[] body, String etag, String lastModified) {
        return new HttpResult(Kind.FETCHED, requested, finalUrl, status, contentType, charset, body, etag,
                lastModified, null, null);
    }

    static HttpResult notModified(String requested, String finalUrl, String etag, String lastModified) {
        return new HttpResult(Kind.NOT_MODIFIED, requested, finalUrl, 304, null, null, null, etag, lastModified,
                null, null);
    }

    static HttpResult skipped(String requested, String finalUrl, int status, String reason, String detail) {
        return new HttpResult(Kind.SKIPPED, requested, finalUrl, status, null, null, null, null, null, reason, detail);
    }

    static HttpResult failed(String requested, String finalUrl, int status, String reason, String detail) {
        return new HttpResult(Kind.FAILED, requested, finalUrl, status, null, null, null, null, null, reason, detail);
    }

    /** Stored validators of a page, sent to ask "only if changed". */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }
}

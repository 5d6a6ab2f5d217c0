package io.newspipe.fetcher.http;

import java.io.IOException;

/** A response body (raw or decoded) grew beyond the configured cap. */
public final class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long cap) {
        super("body larger than the limit of " + cap + " bytes");
    }
}

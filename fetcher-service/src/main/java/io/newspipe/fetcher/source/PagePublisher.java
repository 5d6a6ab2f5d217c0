package io.newspipe.fetcher.source;

import io.newspipe.contract.RawPage;

/** Hands a raw page to the pipeline. */
@FunctionalInterface
public interface PagePublisher {

    /**
     * Returns once the page is durably published (acknowledged by the broker).
     *
     * @throws RuntimeException when it was not; the page may then be offered again
     */
    void publish(RawPage page);
}

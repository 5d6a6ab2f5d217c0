package io.newspipe.fetcher.kafka;

import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.fetcher.source.PagePublisher;
import io.newspipe.platform.EventPublisher;

/** Publishes raw pages on {@link Topics#RAW_PAGES} under their article id, waiting for the acknowledgement. */
public final class KafkaPagePublisher implements PagePublisher {

    private final EventPublisher publisher;

    public KafkaPagePublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(RawPage page) {
        publisher.publish(Topics.RAW_PAGES, page.id(), page);
    }
}

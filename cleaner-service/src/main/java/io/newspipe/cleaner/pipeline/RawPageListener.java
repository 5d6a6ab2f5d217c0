package io.newspipe.cleaner.pipeline;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Topics;
import io.newspipe.platform.EventPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Raw page in, clean article out, keyed by the article id. Unreadable records go to the dead-letter topic. */
@Component
public class RawPageListener {

    private static final Logger log = LoggerFactory.getLogger(RawPageListener.class);

    private final EventCodec codec;
    private final ArticleCleaner cleaner;
    private final EventPublisher publisher;
    private final CleanerMetrics metrics;

    public RawPageListener(EventCodec codec, ArticleCleaner cleaner, EventPublisher publisher, CleanerMetrics metrics) {
        this.codec = codec;
        this.cleaner = cleaner;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @KafkaListener(id = "cleaner-raw-pages", idIsGroup = false, topics = Topics.RAW_PAGES)
    public void onRawPage(ConsumerRecord<String, String> record) {
        RawPage page = codec.read(record.value(), RawPage.class);
        if (page.id() == null || !page.id().matches("[0-9a-f]{32}") || page.sourceUri() == null || page.sourceUri().isBlank()) {
            throw new InvalidEventException("raw page without a valid id or sourceUri (key " + record.key() + ")");
        }
        ArticleCleaner.Result result = cleaner.cleanWithCounts(page);
        CleanArticle article = result.article();
        publisher.publish(Topics.CLEAN_ARTICLES, article.id(), article);
        metrics.record(result);
        if (article.status() == CleanArticle.Status.EMPTY) {
            log.warn("article {} ({}) is empty: {}", article.id(), article.sourceUri(), article.statusReason());
        } else {
            log.debug("article {} cleaned: {} paragraphs, {} removals", article.id(), article.paragraphs().size(),
                    article.removed().size());
        }
    }
}

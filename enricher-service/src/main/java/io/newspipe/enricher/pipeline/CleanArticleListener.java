package io.newspipe.enricher.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.contract.Topics;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.platform.EventPublisher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Clean article in, enriched article out under the same key. Unreadable values throw
 * {@link InvalidEventException}, which the platform's error handler dead-letters; the consumer goes on.
 */
@Component
public class CleanArticleListener {

    public static final String ARTICLES_METRIC = "newspipe.enricher.articles";
    public static final String ENTITIES_METRIC = "newspipe.enricher.entities";

    private static final Logger log = LoggerFactory.getLogger(CleanArticleListener.class);
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

    private final EventCodec codec;
    private final ArticleEnricher enricher;
    private final EventPublisher publisher;
    private final MeterRegistry meters;

    public CleanArticleListener(EventCodec codec, ArticleEnricher enricher, EventPublisher publisher, MeterRegistry meters) {
        this.codec = codec;
        this.enricher = enricher;
        this.publisher = publisher;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.CLEAN_ARTICLES)
    public void onCleanArticle(ConsumerRecord<String, String> record) {
        CleanArticle article = codec.read(record.value(), CleanArticle.class);
        if (article.id() == null || !ARTICLE_ID.matcher(article.id()).matches()) {
            meters.counter(ARTICLES_METRIC, "language", "invalid").increment();
            log.warn("rejecting clean article at offset {} with key {}: id {} is not an article id", record.offset(), record.key(), article.id());
            throw new InvalidEventException("clean article id is not 32 lower-case hex digits: " + article.id());
        }
        long started = System.nanoTime();
        EnrichedArticle enriched = enricher.enrich(article);
        publisher.publish(Topics.ENRICHED_ARTICLES, enriched.id(), enriched);
        meters.counter(ARTICLES_METRIC, "language", enriched.language().code()).increment();
        enriched.entities().forEach(e -> meters.counter(ENTITIES_METRIC, "type", e.type().name()).increment());
        log.info("enriched article {}: language {} ({}), {} entities in {} ms", enriched.id(), enriched.language().code(),
                enriched.language().confidence(), enriched.entities().size(), (System.nanoTime() - started) / 1_000_000);
    }
}

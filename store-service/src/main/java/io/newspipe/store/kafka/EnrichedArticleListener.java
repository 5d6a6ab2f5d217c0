package io.newspipe.store.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.contract.Topics;
import io.newspipe.platform.TransientFailures;
import io.newspipe.store.article.EnrichedArticleNormaliser;
import io.newspipe.store.article.UpsertOutcome;
import io.newspipe.store.persistence.ArticleRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Stores enriched articles as they arrive.
 *
 * <p>A batch listener, because the database is the cost: one transaction per poll instead of per record.
 * Failures name the record they belong to with {@link BatchListenerFailedException}, so the platform's
 * error handler commits the records before it, then dead-letters it (invalid) or retries from it
 * (database down) without touching the rest of the batch.
 */
@Component
public class EnrichedArticleListener {

    public static final String ARTICLES_METRIC = "newspipe.store.articles";

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleRepository repository;
    private final EventCodec codec;
    private final Map<UpsertOutcome, Counter> counters = new EnumMap<>(UpsertOutcome.class);

    public EnrichedArticleListener(ArticleRepository repository, EventCodec codec, MeterRegistry meters) {
        this.repository = repository;
        this.codec = codec;
        for (UpsertOutcome outcome : UpsertOutcome.values()) {
            counters.put(outcome, Counter.builder(ARTICLES_METRIC).tag("outcome", outcome.tag())
                    .description("Enriched articles consumed, by what storing them did").register(meters));
        }
    }

    @KafkaListener(topics = Topics.ENRICHED_ARTICLES, batch = "true")
    public void onArticles(List<ConsumerRecord<String, String>> records) {
        List<EnrichedArticle> articles = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                articles.add(EnrichedArticleNormaliser.normalise(codec.read(record.value(), EnrichedArticle.class)));
            } catch (InvalidEventException e) {
                store(articles);
                log.warn("invalid enriched article key={} offset={}: {}", record.key(), record.offset(), e.getMessage());
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        store(articles);
    }

    /** Stores the first {@code articles.size()} records of the batch, which are all valid. */
    private void store(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        try {
            count(repository.upsertAll(articles));
        } catch (RuntimeException batchFailure) {
            if (isOutage(batchFailure)) {
                throw outage(articles.get(0), batchFailure, 0);
            }
            // A failed batch does not say which article broke it: store them one at a time to find out.
            storeEach(articles);
        }
    }

    private void storeEach(List<EnrichedArticle> articles) {
        for (int i = 0; i < articles.size(); i++) {
            EnrichedArticle article = articles.get(i);
            try {
                count(List.of(repository.upsert(article)));
            } catch (RuntimeException failure) {
                if (isOutage(failure)) {
                    throw outage(article, failure, i);
                }
                log.warn("could not store article {}: {}", article.id(), failure.toString());
                throw new BatchListenerFailedException("could not store article " + article.id() + ": "
                        + failure.getMessage(), failure, i);
            }
        }
    }

    /**
     * The database, not the record, is the problem. The exception does not always say so: a rollback that
     * fails on a dropped connection hides the connection error, hence the second look at the database.
     */
    private boolean isOutage(RuntimeException failure) {
        if (TransientFailures.isTransient(failure)) {
            return true;
        }
        if (failure instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                && TransientFailures.isTransient(rollback.getApplicationException())) {
            return true;
        }
        return !repository.isDatabaseReachable();
    }

    /**
     * Fails the batch from {@code index} on, marked transient so the platform's error handler retries it
     * with backoff for as long as the outage lasts instead of dead-lettering it.
     */
    private static BatchListenerFailedException outage(EnrichedArticle article, RuntimeException failure, int index) {
        log.warn("database unavailable, will retry from article {}: {}", article.id(), failure.toString());
        return new BatchListenerFailedException("database unavailable: " + failure.getMessage(),
                new TransientFailures.TransientFailureException("database unavailable", failure), index);
    }

    private void count(List<UpsertOutcome> outcomes) {
        outcomes.forEach(outcome -> counters.get(outcome).increment());
    }
}

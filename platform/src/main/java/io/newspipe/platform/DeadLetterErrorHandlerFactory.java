package io.newspipe.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.contract.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler of every listener: a record that cannot be processed goes to its topic's
 * {@code -dlt} topic with the reason in the {@value #REASON_HEADER} header (besides Spring Kafka's own
 * exception headers), is counted and logged, and the consumer goes on. Transient failures are retried
 * with exponential backoff for as long as they last, which pauses the partition instead of losing records.
 */
public final class DeadLetterErrorHandlerFactory {

    public static final String REASON_HEADER = "newspipe-dlt-reason";
    public static final String DEAD_LETTER_METRIC = "newspipe.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterErrorHandlerFactory.class);

    private DeadLetterErrorHandlerFactory() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> template, MeterRegistry meters,
                                             PipelineKafkaProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = reason(failure);
            meters.counter(DEAD_LETTER_METRIC, "topic", record.topic(), "reason", rootCause(failure).getClass().getSimpleName())
                    .increment();
            log.warn("dead-lettering record topic={} partition={} offset={} key={}: {}",
                    record.topic(), record.partition(), record.offset(), record.key(), reason);
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8)));
            return headers;
        });

        BackOff recordFailureBackOff = new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, recordFailureBackOff);
        handler.setBackOffFunction((ConsumerRecord<?, ?> record, Exception failure) -> {
            if (TransientFailures.isTransient(failure)) {
                ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
                backOff.setMaxInterval(properties.transientBackoffMax().toMillis());
                return backOff; // no max elapsed time: retried until the outage ends
            }
            return recordFailureBackOff;
        });
        // A record whose failure turns transient (or back) gets the back-off of its latest failure.
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setRetryListeners((record, failure, attempt) -> log.info(
                "retrying record topic={} partition={} offset={} (attempt {}): {}",
                record.topic(), record.partition(), record.offset(), attempt, reason(failure)));
        return handler;
    }

    static String reason(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The failure of the record itself, under the wrappers Spring Kafka adds. */
    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ListenerExecutionFailedException || t instanceof BatchListenerFailedException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

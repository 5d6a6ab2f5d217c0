package io.newspipe.platform;

import io.newspipe.contract.EventCodec;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes an event as JSON under its article id and waits for the broker's acknowledgement, so a
 * listener that publishes only commits its input offset after its output is safely written.
 */
public class EventPublisher {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, String> template;
    private final EventCodec codec;

    public EventPublisher(KafkaTemplate<String, String> template, EventCodec codec) {
        this.template = template;
        this.codec = codec;
    }

    public void publish(String topic, String key, Object event) {
        try {
            template.send(topic, key, codec.write(event)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailures.TransientFailureException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new TransientFailures.TransientFailureException("could not publish to " + topic + ": " + e.getMessage(), e);
        }
    }
}

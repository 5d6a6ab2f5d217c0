package io.newspipe.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kafka settings shared by every service ({@code NEWSPIPE_KAFKA_*}).
 *
 * @param partitions        partitions of the topics a service creates when they are absent
 * @param replicationFactor replication factor of those topics (1 for a single local broker)
 * @param maxMessageBytes   {@code max.message.bytes} of created topics: raw pages can be large
 * @param retryAttempts     retries of a record that failed for a non-transient reason, before it is dead-lettered
 * @param retryInterval     pause between those retries
 * @param transientBackoffMax longest pause between retries of a transient failure (database or broker down);
 *                          those are retried until they succeed and never dead-lettered
 */
@ConfigurationProperties("newspipe.kafka")
public record PipelineKafkaProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("16777216") int maxMessageBytes,
        @DefaultValue("2") int retryAttempts,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("30s") Duration transientBackoffMax) {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
}

package io.newspipe.fetcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic by offsets, outside any consumer group: the broker is shared by all integration tests of
 * the JVM, so tests remember the end offsets before acting and read only what came after.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<String, String> consumer;

    TopicReader(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "it-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumer = new KafkaConsumer<>(config);
    }

    /** The current end offset of every partition; empty when the topic does not exist yet. */
    Map<TopicPartition, Long> endOffsets(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        return partitions.isEmpty() ? Map.of() : new HashMap<>(consumer.endOffsets(partitions, TIMEOUT));
    }

    /** Every record from {@code from} (0 for partitions it lacks) to the current end offsets. */
    List<ConsumerRecord<String, String>> readFrom(String topic, Map<TopicPartition, Long> from) {
        List<TopicPartition> partitions = partitions(topic);
        consumer.assign(partitions);
        partitions.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp, 0L)));
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read " + topic + " up to " + end);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            });
        }
        consumer.unsubscribe();
        return records;
    }

    private List<TopicPartition> partitions(String topic) {
        return consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}

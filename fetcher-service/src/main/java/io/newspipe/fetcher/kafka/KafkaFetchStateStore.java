package io.newspipe.fetcher.kafka;

import io.newspipe.contract.EventCodec;
import io.newspipe.contract.InvalidEventException;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import io.newspipe.platform.EventPublisher;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch state in a compacted Kafka topic (key = article id, value = {@link FetchState} JSON), mirrored
 * in memory. {@link #load()} reads the topic from the beginning to its end offsets, outside any consumer
 * group; afterwards this process is the topic's only writer, so the map stays current by itself.
 */
public final class KafkaFetchStateStore implements FetchStateStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaFetchStateStore.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Duration loadTimeout;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Map<String, FetchState> bySourceUri = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /**
     * @param clientConfig connection settings (bootstrap servers, security) of the application's consumers;
     *                     group and deserializer settings are replaced
     */
    public KafkaFetchStateStore(Map<String, Object> clientConfig, String topic, Duration loadTimeout,
                                EventPublisher publisher, EventCodec codec) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newspipe-fetch-state-loader");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumerConfig = Map.copyOf(config);
        this.topic = topic;
        this.loadTimeout = loadTimeout;
        this.publisher = publisher;
        this.codec = codec;
    }

    @Override
    public synchronized void load() {
        if (loaded) {
            return;
        }
        long startedNanos = System.nanoTime();
        Map<String, FetchState> read = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, loadTimeout);
            if (partitions == null || partitions.isEmpty()) {
                // It is declared at start-up; reading nothing here would re-publish every page.
                throw new IllegalStateException("fetch state topic " + topic + " does not exist (yet)");
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, loadTimeout);
            long deadline = startedNanos + loadTimeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading fetch state topic " + topic + " back took longer than "
                            + loadTimeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    apply(record, read);
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IllegalStateException("cannot read fetch state topic " + topic + ": " + e.getMessage(), e);
        }
        // Saves made before a load (none in practice) are newer than anything read back.
        read.forEach(bySourceUri::putIfAbsent);
        loaded = true;
        log.info("loaded fetch state of {} source URIs from {} in {} ms", read.size(), topic,
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(ConsumerRecord<String, String> record, Map<String, FetchState> read) {
        if (record.value() == null) { // tombstone: the key was forgotten on purpose
            read.values().removeIf(state -> state.id().equals(record.key()));
            return;
        }
        try {
            FetchState state = codec.read(record.value(), FetchState.class);
            if (state.sourceUri() == null) {
                throw new InvalidEventException("no sourceUri");
            }
            read.put(state.sourceUri(), state);
        } catch (InvalidEventException e) {
            // Costs at most one re-publication of that page; refusing to start would cost all of them.
            log.warn("ignoring unreadable fetch state at {}-{}@{} key {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), e.getMessage());
        }
    }

    @Override
    public Optional<FetchState> find(String sourceUri) {
        return Optional.ofNullable(bySourceUri.get(sourceUri));
    }

    @Override
    public void save(FetchState state) {
        publisher.publish(topic, state.id(), state);
        bySourceUri.put(state.sourceUri(), state);
    }

    @Override
    public Collection<FetchState> all() {
        return List.copyOf(bySourceUri.values());
    }

    public boolean isLoaded() {
        return loaded;
    }
}

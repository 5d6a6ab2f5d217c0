package io.newspipe.allinone.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs Kafka's real broker in this JVM, twice on the same data dir, to prove that the data outlives a restart. */
class EmbeddedKafkaServerIT {

    private static final String TOPIC = "broker-it.events.v1";
    private static final String GROUP = "broker-it-group";
    private static final Duration POLL_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsAcrossARestartOnNewPorts() throws Exception {
        long startAt = System.nanoTime();
        EmbeddedKafkaServer first = EmbeddedKafkaServer.start(dataDir);
        long firstStartMs = elapsedMs(startAt);
        String clusterId;
        int firstBrokerPort;
        int firstControllerPort;
        long firstCloseMs;
        try {
            assertThat(first.formattedNow()).isTrue();
            assertThat(first.bootstrapServers()).isEqualTo("127.0.0.1:" + first.brokerPort());
            assertThat(first.logDir()).isEqualTo(dataDir.toAbsolutePath().resolve("kafka"));
            assertThat(first.logDir().resolve("meta.properties")).isRegularFile();
            clusterId = first.clusterId();
            firstBrokerPort = first.brokerPort();
            firstControllerPort = first.controllerPort();

            try (Admin admin = admin(first)) {
                // No partition count given: the broker's num.partitions (3) applies.
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()))).all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(describe(admin).partitions()).hasSize(3);
            }
            try (KafkaProducer<String, String> producer = producer(first)) {
                for (int i = 1; i <= 3; i++) {
                    producer.send(new ProducerRecord<>(TOPIC, "key-" + i, "value-" + i)).get(30, TimeUnit.SECONDS);
                }
            }
            try (KafkaConsumer<String, String> consumer = consumer(first, GROUP)) {
                List<ConsumerRecord<String, String>> records = pollUntil(consumer, 3);
                assertThat(values(records)).containsExactlyInAnyOrder("value-1", "value-2", "value-3");
                consumer.commitSync(Duration.ofSeconds(30));
            }
            assertThatThrownBy(() -> EmbeddedKafkaServer.start(
                    EmbeddedKafkaServer.Settings.of(dataDir).withStartTimeout(Duration.ofSeconds(20))))
                    .as("a second broker on a data dir in use fails instead of sharing it")
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            long closeAt = System.nanoTime();
            first.close();
            firstCloseMs = elapsedMs(closeAt);
        }
        assertThat(listening(firstBrokerPort)).as("broker port released on close").isFalse();

        // Same data dir, deliberately different ports: the static single-voter quorum must follow the new port.
        int brokerPort = freePortOtherThan(firstBrokerPort, firstControllerPort);
        int controllerPort = freePortOtherThan(firstBrokerPort, firstControllerPort, brokerPort);
        long restartAt = System.nanoTime();
        EmbeddedKafkaServer second = EmbeddedKafkaServer.start(
                EmbeddedKafkaServer.Settings.of(dataDir).withPorts(brokerPort, controllerPort));
        long restartMs = elapsedMs(restartAt);
        long secondCloseMs;
        try {
            assertThat(second.formattedNow()).as("existing storage is reused, not reformatted").isFalse();
            assertThat(second.clusterId()).isEqualTo(clusterId);
            assertThat(second.bootstrapServers()).isEqualTo("127.0.0.1:" + brokerPort);

            try (Admin admin = admin(second)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(TOPIC);
                assertThat(describe(admin).partitions()).hasSize(3);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                assertThat(committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum())
                        .as("committed offsets of %s after restart", GROUP).isEqualTo(3);
            }
            try (KafkaConsumer<String, String> fresh = consumer(second, "broker-it-reader")) {
                assertThat(values(pollUntil(fresh, 3)))
                        .as("the three records survived")
                        .containsExactlyInAnyOrder("value-1", "value-2", "value-3");
            }
            try (KafkaProducer<String, String> producer = producer(second)) {
                producer.send(new ProducerRecord<>(TOPIC, "key-4", "value-4")).get(30, TimeUnit.SECONDS);
            }
            try (KafkaConsumer<String, String> resumed = consumer(second, GROUP)) {
                List<ConsumerRecord<String, String>> records = pollUntil(resumed, 1);
                // Give any wrongly re-delivered old record a chance to show up.
                records.addAll(pollFor(resumed, Duration.ofSeconds(2)));
                assertThat(values(records)).as("the group resumes after its committed offsets")
                        .containsExactly("value-4");
            }
        } finally {
            long closeAt = System.nanoTime();
            second.close();
            secondCloseMs = elapsedMs(closeAt);
        }
        assertThat(listening(brokerPort)).isFalse();

        System.out.printf("EmbeddedKafkaServer timings: first start %d ms, first close %d ms, restart %d ms, "
                + "second close %d ms%n", firstStartMs, firstCloseMs, restartMs, secondCloseMs);
        assertThat(firstCloseMs).as("close time").isLessThan(10_000);
        assertThat(secondCloseMs).as("close time").isLessThan(10_000);
    }

    @Test
    void startsOnAFolderThatDoesNotExistYet() throws Exception {
        Path nested = dataDir.resolve("not/yet/there");
        try (EmbeddedKafkaServer server = EmbeddedKafkaServer.start(nested)) {
            assertThat(server.formattedNow()).isTrue();
            assertThat(Files.isDirectory(nested.resolve("kafka"))).isTrue();
            try (Admin admin = admin(server)) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }
        }
    }

    /** Retries while the new topic's metadata reaches the broker: createTopics returns before it has. */
    private static TopicDescription describe(Admin admin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(Set.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static Admin admin(EmbeddedKafkaServer server) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers());
        return Admin.create(props);
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaServer server) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaServer server, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, server.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        assertThat(records).as("records polled within %s", POLL_LIMIT).hasSizeGreaterThanOrEqualTo(count);
        return records;
    }

    private static List<ConsumerRecord<String, String>> pollFor(KafkaConsumer<String, String> consumer,
                                                                Duration duration) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).collect(Collectors.toList());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePortOtherThan(int... taken) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (java.util.Arrays.stream(taken).noneMatch(t -> t == port)) {
                    return port;
                }
            }
        }
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}

package io.newspipe.fetcher.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.EventCodec;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.platform.EventPublisher;
import io.newspipe.testsupport.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class KafkaFetchStateStoreIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec = new EventCodec();
    private String bootstrap;
    private String topic;
    private DefaultKafkaProducerFactory<String, String> producers;
    private KafkaTemplate<String, String> template;

    @BeforeEach
    void setUp() throws Exception {
        bootstrap = TestInfrastructure.kafkaBootstrapServers();
        topic = "it.fetch-state." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                    .all().get();
        }
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        template = new KafkaTemplate<>(producers);
    }

    @AfterEach
    void tearDown() {
        producers.destroy();
    }

    @Test
    void aNewStoreReadsBackTheLatestStatePerSourceUri() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        KafkaFetchStateStore writer = store(topic);
        writer.load();
        writer.save(FetchState.published("file:a.txt", "seeds", "aa".repeat(32), t));
        writer.save(FetchState.published("file:a.txt", "seeds", "bb".repeat(32), t.plusSeconds(1)));
        writer.save(FetchState.published("file:b.txt", "seeds", "cc".repeat(32), t));
        writer.save(FetchState.published("file:gone.txt", "seeds", "dd".repeat(32), t));
        template.send(new ProducerRecord<>(topic, ArticleId.of("file:gone.txt"), null)).get();
        template.send(new ProducerRecord<>(topic, ArticleId.of("file:broken.txt"), "{not json")).get();

        KafkaFetchStateStore restarted = store(topic);
        assertThat(restarted.isLoaded()).isFalse();
        restarted.load();

        assertThat(restarted.isLoaded()).isTrue();
        assertThat(restarted.find("file:a.txt")).get().satisfies(state -> {
            assertThat(state.sha256()).isEqualTo("bb".repeat(32));
            assertThat(state.lastPublishedAt()).isEqualTo(t.plusSeconds(1));
            assertThat(state.id()).isEqualTo(ArticleId.of("file:a.txt"));
        });
        assertThat(restarted.find("file:b.txt")).isPresent();
        assertThat(restarted.find("file:gone.txt")).isEmpty();
        assertThat(restarted.all()).hasSize(2);
    }

    @Test
    void loadingAMissingTopicFailsInsteadOfStartingEmpty() {
        KafkaFetchStateStore store = store("it.fetch-state.missing." + UUID.randomUUID());
        assertThatThrownBy(store::load).hasMessageContaining("does not exist");
        assertThat(store.isLoaded()).isFalse();
    }

    private KafkaFetchStateStore store(String stateTopic) {
        return new KafkaFetchStateStore(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "must-not-be-used"), stateTopic, TIMEOUT,
                new EventPublisher(template, codec), codec);
    }
}

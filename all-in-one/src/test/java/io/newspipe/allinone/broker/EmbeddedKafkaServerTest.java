package io.newspipe.allinone.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class EmbeddedKafkaServerTest {

    @TempDir
    Path dataDir;

    private Properties properties(EmbeddedKafkaServer.Settings settings) {
        return EmbeddedKafkaServer.brokerProperties(settings, dataDir.resolve("kafka"), 19092, 19093,
                System.nanoTime() + Duration.ofSeconds(30).toNanos());
    }

    @Test
    void configuresASingleCombinedNodeOnLoopbackThatKafkaAccepts() {
        Properties props = properties(EmbeddedKafkaServer.Settings.of(dataDir));

        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("log.dirs", dataDir.resolve("kafka").toString())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("num.partitions", "3");
        assertThat(Long.parseLong(props.getProperty("message.max.bytes"))).isGreaterThanOrEqualTo(16L * 1024 * 1024);

        KafkaConfig config = new KafkaConfig(props, false);
        assertThat(config.isKRaftCombinedMode()).isTrue();
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.messageMaxBytes()).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    void configuredBrokerSettingsOverrideTheDefaults() {
        Properties props = properties(EmbeddedKafkaServer.Settings.of(dataDir)
                .withBrokerConfig(Map.of("num.partitions", "6", "log.retention.hours", "24")));

        assertThat(props).containsEntry("num.partitions", "6").containsEntry("log.retention.hours", "24");
    }

    @Test
    void readsTheClusterIdOfAFormattedLogDirAndNothingFromAnEmptyOne() throws IOException {
        Path logDir = Files.createDirectories(dataDir.resolve("kafka"));
        assertThat(EmbeddedKafkaServer.existingClusterId(logDir)).isNull();

        Files.writeString(logDir.resolve("meta.properties"), "version=1\ncluster.id=abcDEF123\nnode.id=1\n");
        assertThat(EmbeddedKafkaServer.existingClusterId(logDir)).isEqualTo("abcDEF123");

        Files.writeString(logDir.resolve("meta.properties"), "version=1\nnode.id=1\n");
        assertThatThrownBy(() -> EmbeddedKafkaServer.existingClusterId(logDir)).isInstanceOf(IOException.class)
                .hasMessageContaining("cluster.id");
    }

    @Test
    void rejectsNegativeOrCollidingPorts() {
        assertThatThrownBy(() -> EmbeddedKafkaServer.Settings.of(dataDir).withPorts(-1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaServer.Settings.of(dataDir).withPorts(9092, 9092))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quietsKafkaLoggersThatTheLoggingConfigurationLeavesUnset() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Map<String, Level> before = new java.util.HashMap<>();
        EmbeddedKafkaServer.KAFKA_LOG_LEVELS.keySet().forEach(name -> before.put(name, context.getLogger(name).getLevel()));
        try {
            EmbeddedKafkaServer.KAFKA_LOG_LEVELS.keySet().forEach(name -> context.getLogger(name).setLevel(null));
            context.getLogger("kafka").setLevel(Level.INFO);

            EmbeddedKafkaServer.quietKafkaLogging();

            assertThat(context.getLogger("kafka").getLevel()).as("explicitly configured").isEqualTo(Level.INFO);
            assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.WARN);
            assertThat(context.getLogger("org.apache.kafka.clients.NetworkClient").getEffectiveLevel())
                    .isEqualTo(Level.WARN);
            assertThat(context.getLogger("kafka.server.ControllerApis").getLevel()).isEqualTo(Level.OFF);
        } finally {
            before.forEach((name, level) -> context.getLogger(name).setLevel(level));
        }
    }
}

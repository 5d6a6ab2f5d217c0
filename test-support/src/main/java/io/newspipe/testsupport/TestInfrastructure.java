package io.newspipe.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place where integration tests get their Kafka broker and PostgreSQL database.
 *
 * <p>Where a Docker engine answers, both come from Testcontainers. Otherwise Kafka is a real KRaft broker
 * started in this JVM (spring-kafka-test) and PostgreSQL is the local server ({@code NEWSPIPE_TEST_PG_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/postgres}), in which every run gets a database of its own.
 * {@code NEWSPIPE_TEST_INFRA=docker|local} forces a choice.
 *
 * <p>When neither can be had, tests are skipped on a laptop but fail under {@code CI=true}: CI never
 * passes quietly without its Kafka or PostgreSQL tests.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static volatile String kafkaBootstrap;
    private static volatile Database database;
    private static volatile Boolean docker;

    private TestInfrastructure() {
    }

    /** A PostgreSQL database that belongs to this test run. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            try {
                kafkaBootstrap = useDocker() ? startKafkaContainer() : startEmbeddedKafka();
            } catch (RuntimeException | LinkageError e) {
                unavailable("Kafka", e);
            }
        }
        return kafkaBootstrap;
    }

    public static synchronized Database postgres() {
        if (database == null) {
            try {
                database = useDocker() ? startPostgresContainer() : createLocalDatabase();
            } catch (RuntimeException | SQLException e) {
                unavailable("PostgreSQL", e);
            }
        }
        return database;
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The repository root, for tests that read {@code seeds/}, compose or k8s files. */
    public static Path repoRoot() {
        String fromBuild = System.getenv("NEWSPIPE_REPO_ROOT");
        if (fromBuild != null && Files.isDirectory(Path.of(fromBuild, "seeds"))) {
            return Path.of(fromBuild);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void unavailable(String what, Throwable cause) {
        String message = what + " is not available for integration tests: " + cause;
        if (isCi()) {
            throw new IllegalStateException(message + " (CI=true: failing instead of skipping)", cause);
        }
        log.warn("{}; skipping", message);
        Assumptions.abort(message);
    }

    private static boolean useDocker() {
        if (docker == null) {
            String forced = System.getenv().getOrDefault("NEWSPIPE_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
            docker = switch (forced) {
                case "docker" -> true;
                case "local" -> false;
                default -> dockerEngineAnswers();
            };
            log.info("integration test infrastructure: {}", docker ? "Testcontainers (Docker)" : "in-JVM Kafka + local PostgreSQL");
        }
        return docker;
    }

    private static boolean dockerEngineAnswers() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock")) || System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String startKafkaContainer() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 3)
                .brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
        return broker.getBrokersAsString();
    }

    private static Database startPostgresContainer() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15-alpine");
        pg.start();
        return new Database(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
    }

    private static Database createLocalDatabase() throws SQLException {
        String adminUrl = System.getenv().getOrDefault("NEWSPIPE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("NEWSPIPE_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("NEWSPIPE_TEST_PG_PASSWORD", "");
        String name = "newspipe_it_" + ProcessHandle.current().pid() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(adminUrl, user, password, name), "drop-" + name));
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        log.info("integration tests use PostgreSQL database {}", url);
        return new Database(url, user, password);
    }

    private static void dropQuietly(String adminUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            log.warn("could not drop test database {}: {}", name, e.getMessage());
        }
    }
}

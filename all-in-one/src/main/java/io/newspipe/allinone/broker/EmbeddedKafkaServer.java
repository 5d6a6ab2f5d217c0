package io.newspipe.allinone.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker (KRaft combined mode: broker and controller in one node) running inside this JVM
 * on Kafka's own server code, with its data in {@code <dataDir>/kafka} so that topics, records and committed
 * consumer offsets outlive a restart.
 *
 * <p>The storage is formatted on the first start only; its {@code meta.properties} keeps the cluster id for the
 * following starts. The quorum is static ({@code controller.quorum.voters}, kraft.version 0), so the single
 * voter's address comes from the configuration of each start, never from the log: a restart may bind new
 * ports. Both ports are chosen free at every start unless fixed in {@link Settings}.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String LOOPBACK = "127.0.0.1";
    /** Sub-folder of the data dir that holds Kafka's log dir (and its {@code meta.properties}). */
    static final String KAFKA_DIR = "kafka";
    static final String META_PROPERTIES = "meta.properties";
    /** Held while a broker runs on the data dir, so a second run fails fast with a clear message. */
    static final String LOCK_FILE = "kafka.lock";

    /**
     * Levels for Kafka's loggers, applied where the logging configuration leaves them unset. The broker's INFO
     * output is thousands of lines; two loggers go further because they report routine events at WARN/ERROR:
     * the controller activation at every start, and a controller-registration request that races the
     * controller's own election at start-up (Kafka retries it).
     */
    public static final Map<String, String> KAFKA_LOG_LEVELS = orderedMap(
            "kafka", "WARN",
            "org.apache.kafka", "WARN",
            "state.change.logger", "WARN",
            "org.apache.kafka.controller.QuorumController", "ERROR",
            "kafka.server.ControllerApis", "OFF");

    /** Attempts with fresh ports when another process grabbed a chosen free port before the broker bound it. */
    private static final int BIND_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final DataDirLock lock;
    private final Path logDir;
    private final String clusterId;
    private final int brokerPort;
    private final int controllerPort;
    private final boolean formattedNow;
    private boolean closed;

    /**
     * How to run the broker.
     *
     * @param dataDir        folder that keeps the broker's data between runs; created if missing
     * @param brokerPort     client port on 127.0.0.1, 0 = any free port
     * @param controllerPort KRaft controller port on 127.0.0.1, 0 = any free port
     * @param startTimeout   how long {@link #start(Settings)} waits for the broker to serve clients
     * @param brokerConfig   extra or overriding broker settings (Kafka property names)
     */
    public record Settings(Path dataDir, int brokerPort, int controllerPort, Duration startTimeout,
                           Map<String, String> brokerConfig) {

        public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

        public Settings {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(startTimeout, "startTimeout");
            if (brokerPort < 0 || controllerPort < 0) {
                throw new IllegalArgumentException("ports must be 0 (any free port) or positive");
            }
            if (brokerPort != 0 && brokerPort == controllerPort) {
                throw new IllegalArgumentException("broker and controller need different ports");
            }
            brokerConfig = Map.copyOf(brokerConfig == null ? Map.of() : brokerConfig);
        }

        /** Free ports, default timeout, default broker settings. */
        public static Settings of(Path dataDir) {
            return new Settings(dataDir, 0, 0, DEFAULT_START_TIMEOUT, Map.of());
        }

        public Settings withPorts(int brokerPort, int controllerPort) {
            return new Settings(dataDir, brokerPort, controllerPort, startTimeout, brokerConfig);
        }

        public Settings withStartTimeout(Duration startTimeout) {
            return new Settings(dataDir, brokerPort, controllerPort, startTimeout, brokerConfig);
        }

        public Settings withBrokerConfig(Map<String, String> brokerConfig) {
            return new Settings(dataDir, brokerPort, controllerPort, startTimeout, brokerConfig);
        }
    }

    private EmbeddedKafkaServer(KafkaRaftServer server, DataDirLock lock, Path logDir, String clusterId,
                                int brokerPort, int controllerPort, boolean formattedNow) {
        this.server = server;
        this.lock = lock;
        this.logDir = logDir;
        this.clusterId = clusterId;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.formattedNow = formattedNow;
    }

    /** Starts a broker on free loopback ports with its data under {@code dataDir}; returns once it serves. */
    public static EmbeddedKafkaServer start(Path dataDir) {
        return start(Settings.of(dataDir));
    }

    /**
     * Starts the broker and waits until a client can reach it.
     *
     * @throws IllegalStateException if the storage cannot be prepared, the broker fails to start (e.g. the data
     *                               dir is in use by another broker) or it does not serve within the timeout
     */
    public static EmbeddedKafkaServer start(Settings settings) {
        quietKafkaLogging();
        Path dataDir = settings.dataDir().toAbsolutePath();
        Path logDir = dataDir.resolve(KAFKA_DIR);
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        boolean portsFixed = settings.brokerPort() != 0 && settings.controllerPort() != 0;
        DataDirLock lock = DataDirLock.acquire(dataDir.resolve(LOCK_FILE));
        try {
            for (int attempt = 1; ; attempt++) {
                int brokerPort = settings.brokerPort() != 0 ? settings.brokerPort() : freePort(settings.controllerPort());
                int controllerPort = settings.controllerPort() != 0 ? settings.controllerPort() : freePort(brokerPort);
                try {
                    return startOnce(settings, lock, logDir, brokerPort, controllerPort, deadline);
                } catch (PortTakenException e) {
                    if (portsFixed || attempt >= BIND_ATTEMPTS) {
                        throw new IllegalStateException("embedded Kafka broker could not bind its ports "
                                + brokerPort + "/" + controllerPort + " on " + LOOPBACK, e.getCause());
                    }
                    log.warn("port {} or {} was taken before the broker could bind it; retrying with other ports",
                            brokerPort, controllerPort);
                }
            }
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static EmbeddedKafkaServer startOnce(Settings settings, DataDirLock lock, Path logDir, int brokerPort,
                                                 int controllerPort, long deadline) {
        long startedAt = System.nanoTime();
        Properties props = brokerProperties(settings, logDir, brokerPort, controllerPort, deadline);
        KafkaConfig config;
        try {
            config = new KafkaConfig(props, false);
        } catch (RuntimeException e) {
            throw new IllegalStateException("invalid embedded Kafka broker configuration: " + e.getMessage(), e);
        }
        boolean formattedNow;
        String clusterId;
        try {
            Files.createDirectories(logDir);
            clusterId = existingClusterId(logDir);
            formattedNow = clusterId == null;
            if (formattedNow) {
                clusterId = Uuid.randomUuid().toString();
                format(logDir, clusterId);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot prepare the embedded Kafka storage in " + logDir + ": " + e, e);
        }

        KafkaRaftServer server;
        try {
            server = new KafkaRaftServer(config, Time.SYSTEM);
        } catch (RuntimeException e) {
            throw new IllegalStateException("embedded Kafka broker cannot use " + logDir + ": " + e.getMessage(), e);
        }
        try {
            server.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            if (hasCause(e, BindException.class)) {
                throw new PortTakenException(e);
            }
            throw new IllegalStateException("embedded Kafka broker failed to start on " + logDir + ": " + e.getMessage(), e);
        }
        EmbeddedKafkaServer started = new EmbeddedKafkaServer(server, lock, logDir, clusterId, brokerPort,
                controllerPort, formattedNow);
        try {
            started.awaitServing(deadline);
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw e;
        }
        log.info("embedded Kafka broker serving on {} (cluster {}, {} storage {}) after {} ms",
                started.bootstrapServers(), clusterId, formattedNow ? "new" : "existing", logDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return started;
    }

    static Properties brokerProperties(Settings settings, Path logDir, int brokerPort, int controllerPort,
                                       long deadline) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        config.put("listeners", BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort + ","
                + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        config.put("advertised.listeners", BROKER_LISTENER + "://" + LOOPBACK + ":" + brokerPort);
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        // One node: every internal topic has a single replica.
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        // Fewer offsets partitions than the default 50: a local pipeline has a handful of groups, and the first
        // consumer waits for all of them to be created.
        config.put("offsets.topic.num.partitions", "5");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        config.put("num.partitions", "3");
        config.put("message.max.bytes", String.valueOf(16 * 1024 * 1024));
        config.put("replica.fetch.max.bytes", String.valueOf(16 * 1024 * 1024));
        // Sized for a laptop that also runs the four services, not for a production host.
        config.put("num.network.threads", "2");
        config.put("num.io.threads", "4");
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        long remainingMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        config.put("server.max.startup.time.ms", String.valueOf(remainingMs));
        config.putAll(settings.brokerConfig());
        Properties props = new Properties();
        props.putAll(config);
        return props;
    }

    /** The cluster id in an already formatted log dir, or null if it was never formatted. */
    static String existingClusterId(Path logDir) throws IOException {
        Path metaProperties = logDir.resolve(META_PROPERTIES);
        if (!Files.isRegularFile(metaProperties)) {
            return null;
        }
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            meta.load(in);
        }
        String clusterId = meta.getProperty("cluster.id");
        if (clusterId == null || clusterId.isBlank()) {
            throw new IOException(metaProperties + " has no cluster.id");
        }
        return clusterId;
    }

    private static void format(Path logDir, String clusterId) throws IOException {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    // The single log dir also holds the KRaft metadata log (no metadata.log.dir is set).
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("formatting failed: " + e.getMessage(), e);
        }
        log.info("formatted new Kafka storage in {} (cluster {})", logDir, clusterId);
    }

    private void awaitServing(long deadline) {
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-readiness");
        adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        Exception lastFailure = null;
        try (Admin admin = Admin.create(adminProps)) {
            while (System.nanoTime() < deadline) {
                try {
                    // An unfenced broker lists itself; a fenced or still loading one does not.
                    var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes()
                            .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
                    if (nodes.stream().map(Node::id).anyMatch(id -> id == NODE_ID)) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the embedded Kafka broker", e);
                }
                sleep(100);
            }
        }
        throw new IllegalStateException("embedded Kafka broker on " + bootstrapServers()
                + " did not serve clients within the start timeout"
                + (lastFailure == null ? "" : ": " + lastFailure.getMessage()), lastFailure);
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return LOOPBACK + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    /** Kafka's log dir, {@code <dataDir>/kafka}. */
    public Path logDir() {
        return logDir;
    }

    /** True if this start formatted a new, empty storage; false if it reopened an existing one. */
    public boolean formattedNow() {
        return formattedNow;
    }

    /** Stops the broker and waits for its threads; the data dir can then be reopened. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long stoppingAt = System.nanoTime();
        shutdownQuietly(server);
        lock.release();
        log.info("embedded Kafka broker on {} stopped in {} ms", bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("embedded Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }

    /**
     * Sets Kafka's loggers to WARN where the logging configuration leaves them unset, so the broker's start-up
     * does not flood the console. Only applies to Logback; a Spring Boot application that re-initialises logging
     * afterwards must set the same levels in its own configuration ({@link #KAFKA_LOG_LEVELS}).
     */
    static void quietKafkaLogging() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                KAFKA_LOG_LEVELS.forEach((name, level) -> {
                    ch.qos.logback.classic.Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(ch.qos.logback.classic.Level.toLevel(level));
                    }
                });
            }
        } catch (LinkageError logbackAbsent) {
            // Another SLF4J binding: its own configuration decides.
        }
    }

    /** A port free on the loopback address right now, other than {@code avoid}. */
    private static int freePort(int avoid) {
        for (int i = 0; i < 10; i++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), 0));
                int port = socket.getLocalPort();
                if (port != avoid) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot find a free port on " + LOOPBACK, e);
            }
        }
        throw new IllegalStateException("cannot find a second free port on " + LOOPBACK);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded Kafka broker", e);
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** An exclusive OS file lock on a file in the data dir, held while the broker runs. */
    private static final class DataDirLock {
        private final Path file;
        private final FileChannel channel;
        private final FileLock fileLock;

        private DataDirLock(Path file, FileChannel channel, FileLock fileLock) {
            this.file = file;
            this.channel = channel;
            this.fileLock = fileLock;
        }

        static DataDirLock acquire(Path file) {
            FileChannel channel = null;
            try {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock fileLock = channel.tryLock();
                if (fileLock != null) {
                    return new DataDirLock(file, channel, fileLock);
                }
            } catch (OverlappingFileLockException sameJvmHoldsIt) {
                // Falls through to the "in use" error below.
            } catch (IOException e) {
                closeQuietly(channel);
                throw new IllegalStateException("cannot lock the Kafka data dir " + file.getParent() + ": " + e, e);
            }
            closeQuietly(channel);
            throw new IllegalStateException("the Kafka data dir " + file.getParent()
                    + " is in use by another running broker (lock " + file + ")");
        }

        void release() {
            try {
                fileLock.release();
            } catch (IOException e) {
                log.warn("could not release {}: {}", file, e.toString());
            }
            closeQuietly(channel);
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // Nothing left to do with a channel that fails to close.
                }
            }
        }
    }

    /** The broker lost the race for a port chosen as free; a retry with other ports may succeed. */
    private static final class PortTakenException extends RuntimeException {
        PortTakenException(Throwable cause) {
            super(cause);
        }
    }
}

package io.newspipe.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.Topics;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every setting that docker-compose.yml and the Kubernetes manifests hand to a service is one the services
 * actually read: environment variable names map to known configuration properties (Spring Boot's and ours,
 * from the configuration metadata the build generates), ports agree, topic names exist.
 */
class DeploymentSettingsTest {

    private static final List<String> SERVICES = List.of("fetcher", "cleaner", "enricher", "store");
    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern TOPIC = Pattern.compile("news\\.[a-z0-9-]+\\.v\\d+(-dlt)?");

    private static Set<String> knownProperties;
    private static Set<String> mapProperties;

    @BeforeAll
    static void readConfigurationMetadata() throws IOException {
        knownProperties = new HashSet<>();
        mapProperties = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            Enumeration<URL> urls = DeploymentSettingsTest.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    for (JsonNode p : json.readTree(in).path("properties")) {
                        String name = normalise(p.path("name").asString());
                        knownProperties.add(name);
                        if (p.path("type").asString("").startsWith("java.util.Map")) {
                            mapProperties.add(name);
                        }
                    }
                }
            }
        }
        assertThat(knownProperties).as("configuration metadata on the class path")
                .contains(normalise("spring.kafka.bootstrap-servers"), normalise("newspipe.kafka.partitions"),
                        normalise("newspipe.fetcher.directory.path"));
    }

    @Test
    void composeHandsServicesOnlySettingsTheyRead() throws IOException {
        Map<String, Object> compose = yaml(repo("docker-compose.yml")).get(0);
        Map<String, Object> services = map(compose.get("services"));
        for (String service : SERVICES) {
            Map<String, Object> definition = map(services.get(service));
            assertThat(definition).as("compose service %s", service).isNotNull();
            Map<String, String> env = stringMap(definition.get("environment"));
            assertKnown("compose " + service, env.keySet());
            String port = env.get("SERVER_PORT");
            assertThat(port).as("compose %s sets SERVER_PORT", service).isNotNull();
            for (Object mapping : list(definition.get("ports"))) {
                assertThat(mapping.toString()).as("compose %s publishes its SERVER_PORT", service).endsWith(":" + port);
            }
            assertThat(String.join(" ", stringList(map(definition.get("healthcheck")).get("test"))))
                    .as("compose %s health check asks its port", service).contains("/127.0.0.1/" + port + " ");
        }
        Map<String, String> fetcherEnv = stringMap(map(services.get("fetcher")).get("environment"));
        assertThat(stringList(map(services.get("fetcher")).get("volumes")))
                .as("the fetcher's directory is mounted").anyMatch(v -> v.contains(":" + fetcherEnv.get("NEWSPIPE_FETCHER_DIRECTORY_PATH")));
    }

    @Test
    void kubernetesManifestsHandServicesOnlySettingsTheyRead() throws IOException {
        for (String service : SERVICES) {
            Path dir = repo("k8s").resolve(service);
            Map<String, String> config = stringMap(yaml(dir.resolve("configmap.yaml")).get(0).get("data"));
            assertKnown("k8s configmap " + service, config.keySet());

            Map<String, Object> deployment = yaml(dir.resolve("deployment.yaml")).get(0);
            Map<String, Object> container = map(list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                    .get("containers")).get(0));
            List<String> envNames = new ArrayList<>();
            for (Object e : list(container.get("env"))) {
                envNames.add(String.valueOf(map(e).get("name")));
            }
            assertKnown("k8s deployment " + service, envNames);
            Object containerPort = map(list(container.get("ports")).get(0)).get("containerPort");
            assertThat(String.valueOf(containerPort)).as("k8s %s containerPort is its SERVER_PORT", service)
                    .isEqualTo(config.get("SERVER_PORT"));
        }
    }

    @Test
    void everyVariableTheReadmeDocumentsIsRead() throws IOException {
        Matcher m = Pattern.compile("`((?:NEWSPIPE|SPRING|SERVER)_[A-Z0-9_]+)`").matcher(Files.readString(repo("README.md")));
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).startsWith("NEWSPIPE_TEST_")) { // read by the test base, not by a service
                documented.add(m.group(1));
            }
        }
        assertThat(documented).hasSizeGreaterThan(10);
        assertKnown("README", documented);
    }

    @Test
    void everyTopicNamedInDeploymentFilesExists() throws IOException {
        Set<String> known = new HashSet<>(Topics.PUBLIC_TOPICS);
        known.add(Topics.FETCH_STATE);
        Topics.PUBLIC_TOPICS.forEach(t -> known.add(Topics.deadLetter(t)));
        List<Path> files = new ArrayList<>(List.of(repo("docker-compose.yml")));
        try (Stream<Path> k8s = Files.walk(repo("k8s"))) {
            k8s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        for (Path file : files) {
            Matcher m = TOPIC.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(known).as("topic named in %s", file).contains(m.group());
            }
        }
    }

    private static void assertKnown(String where, Iterable<String> variables) {
        for (String variable : variables) {
            if (JVM_VARIABLES.contains(variable)) {
                continue;
            }
            String name = normalise(variable);
            boolean known = knownProperties.contains(name) || mapProperties.stream().anyMatch(name::startsWith);
            assertThat(known).as("%s: %s is a setting some service reads", where, variable).isTrue();
        }
    }

    /** Spring's relaxed binding ignores case, dots, dashes and underscores when it maps an environment variable. */
    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Path repo(String path) {
        return TestInfrastructure.repoRoot().resolve(path);
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            documents.add(map(document));
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<String> stringList(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static Map<String, String> stringMap(Object o) {
        Map<String, String> result = new LinkedHashMap<>();
        map(o).forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }
}

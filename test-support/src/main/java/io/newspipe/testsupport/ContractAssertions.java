package io.newspipe.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newspipe.contract.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks a topic value against the JSON Schema the contract module publishes for that topic. */
public final class ContractAssertions {

    private static final String SCHEMA_BASE = "https://newspipe.io/schemas/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ContractAssertions() {
    }

    /** The violations of {@code json} against {@code topic}'s schema; empty when it conforms. */
    public static List<String> violations(String topic, String json) {
        Schema schema = SCHEMAS.computeIfAbsent(topic, t -> {
            Topics.schemaResource(t); // rejects topics without a published schema
            return REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + t + ".schema.json"));
        });
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** @throws AssertionError naming every violation when {@code json} does not conform */
    public static void assertConforms(String topic, String json) {
        List<String> violations = violations(topic, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("value does not conform to the schema of " + topic + ": " + violations + "\n" + json);
        }
    }
}

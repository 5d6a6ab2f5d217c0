package io.newspipe.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Builds a service's Spring application with the defaults every service shares. The defaults are Spring
 * "default properties", the lowest precedence: any environment variable or argument overrides them, so
 * the same jar runs locally, in compose and in Kubernetes. The all-in-one uses the same builders to run
 * the four services in one process.
 */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    /**
     * @param application the service's {@code @SpringBootApplication} class
     * @param service     short name: {@code fetcher}, {@code cleaner}, {@code enricher} or {@code store}
     * @param defaults    service-specific defaults, applied over the shared ones
     */
    public static SpringApplicationBuilder builder(Class<?> application, String service, Map<String, Object> defaults) {
        Map<String, Object> properties = new LinkedHashMap<>(sharedDefaults(service));
        properties.putAll(defaults);
        return new SpringApplicationBuilder(application).properties(properties);
    }

    static Map<String, Object> sharedDefaults(String service) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.application.name", "newspipe-" + service);
        p.put("spring.kafka.bootstrap-servers", "localhost:9092");
        p.put("spring.kafka.consumer.group-id", "newspipe-" + service);
        // A new consumer group starts at the beginning: nothing published before a service's first start is lost.
        p.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        p.put("spring.kafka.producer.acks", "all");
        p.put("spring.kafka.producer.properties.enable.idempotence", "true");
        p.put("spring.kafka.producer.properties.max.request.size", String.valueOf(PipelineKafkaProperties.DEFAULT_MAX_MESSAGE_BYTES));
        p.put("spring.kafka.producer.compression-type", "zstd");
        p.put("spring.kafka.consumer.properties.max.partition.fetch.bytes", String.valueOf(PipelineKafkaProperties.DEFAULT_MAX_MESSAGE_BYTES));
        p.put("spring.kafka.listener.observation-enabled", "true");
        p.put("management.endpoints.web.exposure.include", "health,info,metrics,prometheus");
        p.put("management.endpoint.health.probes.enabled", "true");
        p.put("management.metrics.tags.service", service);
        p.put("server.shutdown", "graceful");
        return p;
    }
}

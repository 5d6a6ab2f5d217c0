package io.newspipe.enricher;

import io.newspipe.platform.ServiceLauncher;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EnricherApplication {

    /** The service with its defaults; the all-in-one starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return ServiceLauncher.builder(EnricherApplication.class, "enricher", Map.of("server.port", 8083));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

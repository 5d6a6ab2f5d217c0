package io.newspipe.cleaner;

import io.newspipe.platform.ServiceLauncher;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CleanerApplication {

    /** The service with its defaults; the all-in-one starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return ServiceLauncher.builder(CleanerApplication.class, "cleaner", Map.of("server.port", 8082));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

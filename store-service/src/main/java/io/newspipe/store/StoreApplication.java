package io.newspipe.store;

import io.newspipe.platform.ServiceLauncher;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StoreApplication {

    /** The service with its defaults; the all-in-one starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return ServiceLauncher.builder(StoreApplication.class, "store", Map.of("server.port", 8080));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

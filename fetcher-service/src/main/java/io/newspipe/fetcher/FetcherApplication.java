package io.newspipe.fetcher;

import io.newspipe.platform.ServiceLauncher;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FetcherApplication {

    /** The service with its defaults; the all-in-one starts it through this too. */
    public static SpringApplicationBuilder builder() {
        return ServiceLauncher.builder(FetcherApplication.class, "fetcher", Map.of("server.port", 8081));
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

package io.newspipe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** With no database configured the store runs on its H2 file under ./.newspipe/store, migrated and queryable. */
class StoreApplicationDefaultsTest {

    @Test
    void runsOnTheLocalH2FileWithoutConfiguration() throws Exception {
        try (ConfigurableApplicationContext store = StoreApplication.builder().properties(
                "server.port=0",
                "spring.kafka.listener.auto-startup=false",
                "spring.kafka.admin.auto-create=false").run()) {
            assertThat(store.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(StoreApplication.LOCAL_DATABASE_URL);
            assertThat(Path.of(".newspipe", "store", "newspipe.mv.db")).satisfies(file -> assertThat(Files.isRegularFile(file)).isTrue());
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + store.getEnvironment().getProperty("local.server.port") + "/api/articles?size=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"size\":1");
        }
    }
}

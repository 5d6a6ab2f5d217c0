package io.newspipe.allinone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads stored articles back through the store's public query API, as any consumer would. */
final class StoreApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;

    StoreApiClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/api/");
    }

    URI articlesUri() {
        return base.resolve("articles");
    }

    Optional<JsonNode> article(String id) {
        return get("articles/" + id);
    }

    /** Stories told by more than one article, newest first. */
    JsonNode storiesWithSeveralArticles() {
        return get("stories?minArticles=2").orElseThrow();
    }

    private Optional<JsonNode> get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("store API answered " + response.statusCode() + " for " + path);
            }
            return Optional.of(json.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("store API unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

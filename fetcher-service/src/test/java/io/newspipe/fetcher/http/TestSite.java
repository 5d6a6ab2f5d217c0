package io.newspipe.fetcher.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A small web site on loopback (OkHttp MockWebServer) for tests: responses per path, either fixed, a queue
 * (one per request, the last one repeats) or computed from the request; every request is recorded with
 * its arrival time. Unknown paths, robots.txt included, answer 404.
 */
public final class TestSite implements AutoCloseable {

    /** A request as it arrived. */
    public record Hit(String path, Map<String, String> headers, long atNanos) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public TestSite() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String query = request.getUrl().encodedQuery();
                String target = query == null ? path : path + "?" + query;
                Map<String, String> headers = new java.util.HashMap<>();
                request.getHeaders().forEach(pair -> headers.put(pair.getFirst().toLowerCase(java.util.Locale.ROOT),
                        pair.getSecond()));
                hits.add(new Hit(target, headers, System.nanoTime()));
                Function<RecordedRequest, MockResponse> route = routes.getOrDefault(target, routes.get(path));
                return route == null ? new MockResponse.Builder().code(404).body("not found").build() : route.apply(request);
            }
        });
        try {
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Absolute URL of {@code path} on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    public int port() {
        return server.getPort();
    }

    public TestSite serve(String path, MockResponse response) {
        routes.put(path, request -> response);
        return this;
    }

    /** Answers the responses in turn; the last one keeps being answered. */
    public TestSite serveInTurn(String path, MockResponse... responses) {
        Deque<MockResponse> queue = new ArrayDeque<>(List.of(responses));
        routes.put(path, request -> {
            synchronized (queue) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
        });
        return this;
    }

    public TestSite serve(String path, Function<RecordedRequest, MockResponse> route) {
        routes.put(path, route);
        return this;
    }

    public TestSite serve(String path, String contentType, String body) {
        return serve(path, ok(contentType, body));
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    public static MockResponse ok(String contentType, String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType).body(body).build();
    }

    public static MockResponse ok(String contentType, byte[] body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType)
                .body(new Buffer().write(body)).build();
    }

    public static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).setHeader("Location", location).build();
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}

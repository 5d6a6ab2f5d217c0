package io.newspipe.fetcher.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newspipe.fetcher.http.HttpResult.Validators;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL the way a well-behaved crawler does: only public http(s) addresses, robots.txt obeyed,
 * requests to a host spaced out, a global cap on requests in flight, redirects followed by hand (each hop
 * checked again, at most {@link HttpSettings#maxRedirects()}), conditional requests, 429/503 honoured with
 * their {@code Retry-After}, 5xx and network errors retried with exponential backoff and jitter, bodies
 * decoded and capped. It never throws for anything the web does: every outcome is an {@link HttpResult}.
 * Thread-safe; one instance serves the whole service.
 */
public final class HttpFetcher {

    public static final String PAGES = "newspipe.fetcher.http.pages";
    public static final String BYTES = "newspipe.fetcher.http.bytes";
    public static final String LATENCY = "newspipe.fetcher.http.latency";
    public static final String ROBOTS_DENIALS = "newspipe.fetcher.robots.denials";
    public static final String QUEUE = "newspipe.fetcher.http.queue";

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private final HttpSettings settings;
    private final HttpClient client;
    private final AddressGuard guard;
    private final RobotsRules robots;
    private final HostPoliteness politeness = new HostPoliteness();
    private final Semaphore inFlight;
    private final MeterRegistry meters;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Crawl-delay of each host whose robots.txt sets one. */
    private final Map<String, Duration> crawlDelays = new ConcurrentHashMap<>();

    public HttpFetcher(HttpSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // each hop is checked against robots and the guard
                .version(HttpClient.Version.HTTP_2)
                .build();
        this.guard = new AddressGuard(settings.allowLoopback(), settings.allowPrivate());
        this.robots = new RobotsRules(settings.robotsAgentName(), settings.maxCrawlDelay(), settings.robotsCacheTtl(),
                settings.robotsFailureTtl());
        this.inFlight = new Semaphore(settings.maxConcurrency(), true);
        meters.gauge(QUEUE, waiting);
    }

    public HttpSettings settings() {
        return settings;
    }

    /** Fetches a page (HTML or text); other media types are skipped. */
    public HttpResult fetchPage(String url, Validators validators) {
        return fetch(url, validators, MediaTypes.PAGES);
    }

    /**
     * Fetches {@code url}, following redirects.
     *
     * @param validators  sent with the first request so an unchanged page answers 304
     * @param acceptTypes media types (without parameters, lower case) whose bodies are wanted
     */
    public HttpResult fetch(String url, Validators validators, Predicate<String> acceptTypes) {
        String requested;
        try {
            requested = UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return record(HttpResult.skipped(url, url, 0, "invalid-url", e.getMessage()), "invalid", 0);
        }
        long started = System.nanoTime();
        HttpResult result = followRedirects(requested, validators, acceptTypes);
        String host = hostOf(result.finalUrl());
        Timer.builder(LATENCY).description("time to fetch a URL, redirects and retries included")
                .tag("outcome", tag(result.kind())).publishPercentileHistogram()
                .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return record(result, host, result.body() == null ? 0 : result.body().length);
    }

    private HttpResult followRedirects(String requested, Validators validators, Predicate<String> acceptTypes) {
        String current = requested;
        Set<String> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            visited.add(current);
            URI uri = URI.create(current);
            String refused = guard.refusal(uri);
            if (refused != null) {
                return HttpResult.skipped(requested, current, 0, "address-refused", refused);
            }
            if (!robotsAllow(uri)) {
                return HttpResult.skipped(requested, current, 0, "robots", "disallowed by robots.txt of " + uri.getHost());
            }
            Exchange exchange = exchangeWithRetries(uri, hop == 0 ? validators : Validators.NONE, acceptTypes,
                    settings.maxBodyBytes());
            if (exchange.failure != null) {
                return exchange.failure.toResult(requested, current);
            }
            HttpResponse<byte[]> response = exchange.response;
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return HttpResult.failed(requested, current, status, "bad-redirect", status + " without Location");
                }
                String next;
                try {
                    next = UrlCanonicalizer.resolve(current, location);
                } catch (IllegalArgumentException e) {
                    return HttpResult.skipped(requested, current, status, "bad-redirect",
                            "redirect to unusable location " + location + ": " + e.getMessage());
                }
                if (visited.contains(next)) {
                    return HttpResult.failed(requested, current, status, "redirect-loop", "redirect loop back to " + next);
                }
                if (hop + 1 > settings.maxRedirects()) {
                    return HttpResult.failed(requested, current, status, "too-many-redirects",
                            "more than " + settings.maxRedirects() + " redirects");
                }
                current = next;
                continue;
            }
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            if (status == 304) {
                return HttpResult.notModified(requested, current, etag != null ? etag : validators.etag(),
                        lastModified != null ? lastModified : validators.lastModified());
            }
            if (status < 200 || status >= 300) {
                return HttpResult.failed(requested, current, status, "http-" + status / 100 + "xx", "HTTP " + status);
            }
            String header = response.headers().firstValue("Content-Type").orElse(null);
            String mediaType = MediaTypes.mediaType(header);
            if (mediaType == null || !acceptTypes.test(mediaType)) {
                return HttpResult.skipped(requested, current, status, "content-type",
                        "content type " + (mediaType == null ? "missing" : mediaType) + " not wanted");
            }
            byte[] body;
            try {
                body = BodyDecoder.decode(response.body(),
                        response.headers().firstValue("Content-Encoding").orElse(null), settings.maxBodyBytes());
            } catch (BodyTooLargeException e) {
                return HttpResult.skipped(requested, current, status, "too-large", "decoded " + e.getMessage());
            } catch (IOException e) {
                return HttpResult.failed(requested, current, status, "bad-encoding", "cannot decode body: " + e.getMessage());
            }
            String charset = MediaTypes.charset(header);
            if (charset == null && header != null && header.toLowerCase(Locale.ROOT).contains("charset")) {
                log.debug("{} declares a charset the JVM does not know ({}); passing none", current, header);
            }
            return HttpResult.fetched(requested, current, status, mediaType, charset, body, etag, lastModified);
        }
    }

    /** A response, or why there is none after all attempts. */
    private record Exchange(HttpResponse<byte[]> response, Failure failure) {
    }

    private static final class Failure {
        final boolean skip;
        final int status;
        final String reason;
        final String detail;

        Failure(boolean skip, int status, String reason, String detail) {
            this.skip = skip;
            this.status = status;
            this.reason = reason;
            this.detail = detail;
        }

        HttpResult toResult(String requested, String current) {
            return skip ? HttpResult.skipped(requested, current, status, reason, detail)
                    : HttpResult.failed(requested, current, status, reason, detail);
        }
    }

    private Exchange exchangeWithRetries(URI uri, Validators validators, Predicate<String> acceptTypes, long cap) {
        String host = uri.getHost();
        Failure last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration backingOff = politeness.backoffRemaining(host);
            if (backingOff.compareTo(settings.maxRetryAfter()) > 0) {
                return new Exchange(null, new Failure(false, 0, "host-backing-off",
                        host + " asked to be left alone for another " + backingOff.toSeconds() + "s"));
            }
            HttpResponse<byte[]> response;
            try {
                response = exchange(uri, validators, acceptTypes, cap);
            } catch (BodyTooLargeException e) {
                return new Exchange(null, new Failure(true, 200, "too-large", e.getMessage()));
            } catch (HttpTimeoutException | TimeoutException e) {
                last = new Failure(false, 0, "timeout", "no complete response within "
                        + (e instanceof HttpConnectTimeoutException ? settings.connectTimeout() : settings.readTimeout()));
                pauseBeforeRetry(attempt, null, uri, last.detail);
                continue;
            } catch (IOException e) {
                last = new Failure(false, 0, "network", describe(e));
                pauseBeforeRetry(attempt, null, uri, last.detail);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Exchange(null, new Failure(false, 0, "interrupted", "interrupted"));
            }
            int status = response.statusCode();
            if (status == 429 || status == 503) {
                Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                if (retryAfter != null) {
                    politeness.backOff(host, retryAfter);
                    if (retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
                        return new Exchange(null, new Failure(false, status, "rate-limited",
                                "HTTP " + status + ", Retry-After " + retryAfter.toSeconds() + "s is beyond the limit of "
                                        + settings.maxRetryAfter().toSeconds() + "s"));
                    }
                }
                last = new Failure(false, status, "rate-limited", "HTTP " + status
                        + (retryAfter == null ? "" : " (Retry-After " + retryAfter.toMillis() + " ms)"));
                pauseBeforeRetry(attempt, retryAfter, uri, last.detail);
                continue;
            }
            if (status >= 500) {
                last = new Failure(false, status, "http-5xx", "HTTP " + status);
                pauseBeforeRetry(attempt, null, uri, last.detail);
                continue;
            }
            return new Exchange(response, null);
        }
        return new Exchange(null, new Failure(last.skip, last.status, last.reason,
                last.detail + " after " + settings.maxAttempts() + " attempt(s)"));
    }

    /**
     * Waits before the next attempt: the server's Retry-After when it gave one (the host's politeness slot
     * enforces it), else exponential backoff with full jitter. Nothing to wait for after the last attempt.
     */
    private void pauseBeforeRetry(int attempt, Duration retryAfter, URI uri, String why) {
        if (attempt >= settings.maxAttempts()) {
            return;
        }
        long pauseMillis;
        if (retryAfter != null) {
            pauseMillis = 0; // the politeness slot of the host already waits for it
        } else {
            long ceiling = Math.min(settings.backoffMax().toMillis(),
                    settings.backoffBase().toMillis() * (1L << Math.min(attempt - 1, 20)));
            pauseMillis = ThreadLocalRandom.current().nextLong(ceiling / 2, Math.max(ceiling / 2 + 1, ceiling + 1));
        }
        log.debug("attempt {} of {} failed ({}), retrying in {} ms", attempt, uri, why, pauseMillis);
        sleep(pauseMillis);
    }

    private HttpResponse<byte[]> exchange(URI uri, Validators validators, Predicate<String> acceptTypes, long cap)
            throws IOException, InterruptedException, TimeoutException {
        waitForSlot(uri.getHost());
        inFlight.acquire();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .GET()
                    .timeout(settings.readTimeout())
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.1")
                    .header("Accept-Encoding", "gzip, deflate");
            // h2c upgrades over plain HTTP trip up some servers; HTTP/2 is used where TLS offers it.
            if ("http".equalsIgnoreCase(uri.getScheme())) {
                request.version(HttpClient.Version.HTTP_1_1);
            }
            if (validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            HttpResponse.BodyHandler<byte[]> handler = info -> {
                boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300
                        && info.headers().firstValue("Content-Type").map(MediaTypes::mediaType)
                        .filter(acceptTypes).isPresent();
                return new CappedBodySubscriber(wanted ? cap : -1);
            };
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), handler);
            try {
                // The request timeout covers the headers only; this bounds a body trickling in forever.
                return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof BodyTooLargeException tooLarge) {
                    throw tooLarge;
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause == null ? "request failed" : cause.toString(), cause);
            } catch (CancellationException e) {
                throw new IOException("request cancelled", e);
            }
        } finally {
            inFlight.release();
        }
    }

    private void waitForSlot(String host) throws InterruptedException {
        Duration delay = settings.politenessDelay();
        Duration crawlDelay = crawlDelays.get(host);
        if (crawlDelay != null && crawlDelay.compareTo(delay) > 0) {
            delay = crawlDelay; // robots.txt asked for more patience than configured
        }
        waiting.incrementAndGet();
        try {
            Duration wait = politeness.reserve(host, delay);
            if (!wait.isZero()) {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    private boolean robotsAllow(URI uri) {
        RobotsRules.Entry entry = robots.rulesFor(uri, this::loadRobots);
        if (entry.crawlDelay() != null) {
            crawlDelays.put(uri.getHost(), entry.crawlDelay());
        } else {
            crawlDelays.remove(uri.getHost());
        }
        boolean allowed = entry.rules().isAllowed(uri.toString());
        if (!allowed) {
            meters.counter(ROBOTS_DENIALS, "host", uri.getHost()).increment();
        }
        return allowed;
    }

    /** Downloads robots.txt: redirects followed (checked like any hop), no retries; failures are cached briefly. */
    private RobotsRules.Response loadRobots(URI robotsUrl) {
        URI current = robotsUrl;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            if (guard.refusal(current) != null) {
                return new RobotsRules.Response(403, null, null); // treated like "no robots.txt here"
            }
            try {
                HttpResponse<byte[]> response = exchange(current, Validators.NONE, type -> true,
                        Math.min(ROBOTS_MAX_BYTES, settings.maxBodyBytes()));
                int status = response.statusCode();
                if (REDIRECTS.contains(status) && response.headers().firstValue("Location").isPresent()) {
                    current = current.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                byte[] body = status >= 200 && status < 300
                        ? BodyDecoder.decode(response.body(), response.headers().firstValue("Content-Encoding").orElse(null),
                        ROBOTS_MAX_BYTES) : null;
                return new RobotsRules.Response(status, body, MediaTypes.mediaType(
                        response.headers().firstValue("Content-Type").orElse(null)));
            } catch (BodyTooLargeException e) {
                return new RobotsRules.Response(200, new byte[0], "text/plain"); // oversized: treated as empty
            } catch (IOException | TimeoutException e) {
                log.warn("robots.txt {} unreadable, not fetching that host for {}: {}", current,
                        settings.robotsFailureTtl(), e.toString());
                return new RobotsRules.Response(0, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new RobotsRules.Response(0, null, null);
            }
        }
        return new RobotsRules.Response(404, null, null); // a redirect chain without end: as if absent
    }

    private HttpResult record(HttpResult result, String host, long bytes) {
        String outcome = tag(result.kind());
        String reason = result.reason() == null ? "none" : result.reason();
        meters.counter(PAGES, "host", host, "outcome", outcome, "reason", reason).increment();
        if (bytes > 0) {
            Counter.builder(BYTES).baseUnit("bytes").tag("host", host).register(meters).increment(bytes);
        }
        switch (result.kind()) {
            case FAILED -> log.warn("failed to fetch {} ({}): {}", result.finalUrl(), result.reason(), result.detail());
            case SKIPPED -> log.info("skipped {} ({}): {}", result.finalUrl(), result.reason(), result.detail());
            default -> log.debug("{} {} -> {}", outcome, result.requestedUrl(), result.finalUrl());
        }
        return result;
    }

    static String tag(HttpResult.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "invalid" : host;
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }

    /** {@code Retry-After} as delta-seconds or HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

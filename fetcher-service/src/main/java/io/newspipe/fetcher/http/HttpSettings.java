package io.newspipe.fetcher.http;

import java.time.Duration;

/**
 * How the fetcher behaves on the web.
 *
 * @param userAgent       sent with every request; names the project and a contact URL
 * @param robotsAgentName the token looked up in robots.txt groups
 * @param connectTimeout  for opening a connection
 * @param readTimeout     for the whole response, headers and body
 * @param maxRedirects    redirects followed per fetch
 * @param maxBodyBytes    cap on the decoded body; larger responses (or compression bombs) are skipped
 * @param politenessDelay pause between two requests to one host (robots.txt {@code Crawl-delay} may raise it)
 * @param maxCrawlDelay   a host asking for a longer {@code Crawl-delay} is not fetched at all
 * @param maxConcurrency  requests in flight at once, over all hosts
 * @param robotsCacheTtl  how long a host's robots.txt is trusted
 * @param robotsFailureTtl how long a host whose robots.txt could not be read (5xx, network) is left alone
 * @param maxAttempts     tries per request for 5xx, 429/503 and network errors
 * @param backoffBase     first retry pause; doubled per attempt, with jitter
 * @param backoffMax      longest retry pause
 * @param maxRetryAfter   a {@code Retry-After} up to this long is waited for; longer ones fail the fetch and
 *                        keep the whole host back until then
 * @param allowLoopback   whether loopback addresses may be fetched (tests, local sites)
 * @param allowPrivate    whether private, link-local and other non-public addresses may be fetched
 */
public record HttpSettings(
        String userAgent,
        String robotsAgentName,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        long maxBodyBytes,
        Duration politenessDelay,
        Duration maxCrawlDelay,
        int maxConcurrency,
        Duration robotsCacheTtl,
        Duration robotsFailureTtl,
        int maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Duration maxRetryAfter,
        boolean allowLoopback,
        boolean allowPrivate) {

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a user agent is required");
        }
        if (maxRedirects < 0 || maxConcurrency < 1 || maxAttempts < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxRedirects >= 0, maxConcurrency, maxAttempts, maxBodyBytes >= 1");
        }
    }

    /** Defaults for a public deployment; tests and benchmarks derive from these. */
    public static HttpSettings defaults() {
        return new HttpSettings("newspipe/0.1 (+https://github.com/newspipe/newspipe)", "newspipe",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 10L * 1024 * 1024, Duration.ofSeconds(1),
                Duration.ofSeconds(30), 8, Duration.ofHours(1), Duration.ofMinutes(5), 3, Duration.ofMillis(500),
                Duration.ofSeconds(30), Duration.ofSeconds(60), false, false);
    }

    public HttpSettings withPoliteness(Duration delay) {
        return new HttpSettings(userAgent, robotsAgentName, connectTimeout, readTimeout, maxRedirects, maxBodyBytes,
                delay, maxCrawlDelay, maxConcurrency, robotsCacheTtl, robotsFailureTtl, maxAttempts, backoffBase,
                backoffMax, maxRetryAfter, allowLoopback, allowPrivate);
    }

    public HttpSettings withLoopbackAllowed() {
        return new HttpSettings(userAgent, robotsAgentName, connectTimeout, readTimeout, maxRedirects, maxBodyBytes,
                politenessDelay, maxCrawlDelay, maxConcurrency, robotsCacheTtl, robotsFailureTtl, maxAttempts,
                backoffBase, backoffMax, maxRetryAfter, true, allowPrivate);
    }

    public HttpSettings withTimeouts(Duration read, int attempts, Duration backoff) {
        return new HttpSettings(userAgent, robotsAgentName, connectTimeout, read, maxRedirects, maxBodyBytes,
                politenessDelay, maxCrawlDelay, maxConcurrency, robotsCacheTtl, robotsFailureTtl, attempts,
                backoff, backoffMax, maxRetryAfter, allowLoopback, allowPrivate);
    }

    public HttpSettings withMaxBodyBytes(long bytes) {
        return new HttpSettings(userAgent, robotsAgentName, connectTimeout, readTimeout, maxRedirects, bytes,
                politenessDelay, maxCrawlDelay, maxConcurrency, robotsCacheTtl, robotsFailureTtl, maxAttempts,
                backoffBase, backoffMax, maxRetryAfter, allowLoopback, allowPrivate);
    }
}

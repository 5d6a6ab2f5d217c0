package io.newspipe.fetcher.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host, port), parsed by crawler-commons and cached until it expires. The
 * download is the caller's: {@link Loader} gets the robots.txt URL and answers status and body.
 */
public final class RobotsRules {

    /** Fetches a robots.txt: the status (0 for a network error) and the body (null unless 2xx). */
    @FunctionalInterface
    public interface Loader {
        Response load(URI robotsUrl);
    }

    public record Response(int status, byte[] body, String contentType) {
    }

    /** Cached rules of an origin; {@code crawlDelay} is null when robots.txt sets none. */
    record Entry(BaseRobotRules rules, Duration crawlDelay, long expiresAtNanos) {
    }

    private final SimpleRobotRulesParser parser;
    private final List<String> agentNames;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public RobotsRules(String agentName, Duration maxCrawlDelay, Duration ttl, Duration failureTtl) {
        // Hosts asking for a longer delay than maxCrawlDelay get "disallow all" from the parser.
        this.parser = new SimpleRobotRulesParser(maxCrawlDelay.toMillis(), SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
        this.agentNames = List.of(agentName.toLowerCase(java.util.Locale.ROOT));
        this.ttl = ttl;
        this.failureTtl = failureTtl;
    }

    /** The rules for {@code url}'s origin, loading robots.txt when not cached or expired. */
    public Entry rulesFor(URI url, Loader loader) {
        String origin = origin(url);
        Entry cached = byOrigin.get(origin);
        if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
            return cached;
        }
        // One download per origin, even when many fetches of that host start at once.
        synchronized (locks.computeIfAbsent(origin, o -> new Object())) {
            cached = byOrigin.get(origin);
            if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
                return cached;
            }
            URI robotsUrl = URI.create(origin + "/robots.txt");
            Response response = loader.load(robotsUrl);
            Entry entry = parse(robotsUrl, response);
            byOrigin.put(origin, entry);
            return entry;
        }
    }

    public boolean isAllowed(URI url, Loader loader) {
        return rulesFor(url, loader).rules().isAllowed(url.toString());
    }

    Entry parse(URI robotsUrl, Response response) {
        BaseRobotRules rules;
        Duration expiry = ttl;
        if (response.status() >= 200 && response.status() < 300 && response.body() != null) {
            rules = parser.parseContent(robotsUrl.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), agentNames);
        } else if (response.status() >= 400 && response.status() < 500 && response.status() != 429) {
            rules = parser.failedFetch(response.status()); // no robots.txt: everything allowed
        } else {
            // Unreachable or erroring robots.txt (RFC 9309 2.3.1.4): assume complete disallow, ask again soon.
            rules = parser.failedFetch(response.status() == 0 ? 503 : response.status());
            expiry = failureTtl;
        }
        long delay = rules.getCrawlDelay();
        Duration crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? null : Duration.ofMillis(delay);
        return new Entry(rules, crawlDelay, System.nanoTime() + expiry.toNanos());
    }

    public int origins() {
        return byOrigin.size();
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}

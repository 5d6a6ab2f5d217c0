package io.newspipe.fetcher.remote;

import io.newspipe.contract.ArticleId;
import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.http.HttpResult;
import io.newspipe.fetcher.http.HttpResult.Validators;
import io.newspipe.fetcher.http.UrlCanonicalizer;
import io.newspipe.fetcher.source.FetchedPage;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.OncePublisher.FetchInfo;
import io.newspipe.fetcher.source.ScanReport.Item;
import io.newspipe.fetcher.source.ScanReport.Outcome;
import io.newspipe.fetcher.state.FetchState;
import io.newspipe.fetcher.state.FetchStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches web pages and publishes each once: a page not yet due is left alone, a known page is asked for
 * with its stored validators (304 publishes nothing), and new or changed bytes go through the
 * {@link OncePublisher} under the canonical URL the redirects ended at.
 */
public final class PageFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PageFetcher.class);

    private final HttpFetcher http;
    private final OncePublisher publisher;
    private final FetchStateStore states;
    private final ExecutorService executor;
    private final Clock clock;

    /** @param executor runs the fetches of one batch in parallel; the fetcher's own limits bound them */
    public PageFetcher(HttpFetcher http, OncePublisher publisher, FetchStateStore states, ExecutorService executor,
                       Clock clock) {
        this.http = http;
        this.publisher = publisher;
        this.states = states;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Fetches {@code requested} in parallel and returns one item per distinct page, in the given order.
     *
     * @param revisit    how long a fetched page is left alone before it is fetched again
     * @param ignoreDue  fetch even pages not due yet (ad hoc requests); conditional requests still apply
     */
    public List<Item> fetchAll(List<String> requested, String sourceName, Duration revisit, boolean ignoreDue) {
        // Spellings of one page are fetched once: two parallel fetches of it would race to publish it.
        Map<String, String> byCanonical = new LinkedHashMap<>();
        for (String url : requested) {
            byCanonical.putIfAbsent(canonicalOrAsIs(url), url);
        }
        List<String> urls = List.copyOf(byCanonical.values());
        List<Future<Item>> futures = new ArrayList<>(urls.size());
        for (String url : urls) {
            futures.add(executor.submit(() -> fetch(url, sourceName, revisit, ignoreDue)));
        }
        List<Item> items = new ArrayList<>(urls.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                items.add(futures.get(i).get());
            } catch (ExecutionException e) {
                items.add(failed(urls.get(i), "unexpected error: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                items.add(failed(urls.get(i), "interrupted"));
                break;
            }
        }
        return items;
    }

    /**
     * A pool for {@link #fetchAll}: twice the concurrency limit, since part of the threads sleep in
     * politeness waits while others have requests in flight.
     */
    public static ExecutorService newPool(int maxConcurrency) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(2 * maxConcurrency, runnable -> {
            Thread thread = new Thread(runnable, "fetcher-http-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops the pool; fetches under way are interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Fetches one page; never throws for what the web or the broker does. */
    public Item fetch(String url, String sourceName, Duration revisit, boolean ignoreDue) {
        String canonical;
        try {
            canonical = UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return new Item(ArticleId.of(url), url, Outcome.SKIPPED, "unusable URL: " + e.getMessage());
        }
        Instant now = clock.instant();
        Optional<FetchState> known = states.find(canonical);
        if (!ignoreDue && known.isPresent() && known.get().nextDueAt() != null && now.isBefore(known.get().nextDueAt())) {
            return new Item(ArticleId.of(canonical), canonical, Outcome.UNCHANGED,
                    "not due before " + known.get().nextDueAt());
        }
        Validators validators = known.map(s -> new Validators(s.etag(), s.lastModified())).orElse(Validators.NONE);
        HttpResult result = http.fetchPage(canonical, validators);
        String finalUrl = result.finalUrl();
        try {
            return switch (result.kind()) {
                case FETCHED -> {
                    FetchInfo info = new FetchInfo(result.etag(), result.lastModified(), clock.instant().plus(revisit));
                    OncePublisher.Result published = publisher.offer(new FetchedPage(finalUrl, sourceName,
                            clock.instant(), result.contentType(), result.charset(), result.body()), info);
                    yield new Item(published.articleId(), finalUrl, published.outcome(), published.note(), published.sha256());
                }
                case NOT_MODIFIED -> {
                    FetchInfo info = new FetchInfo(result.etag(), result.lastModified(), clock.instant().plus(revisit));
                    OncePublisher.Result unchanged = publisher.notModified(finalUrl, info);
                    yield new Item(unchanged.articleId(), finalUrl, Outcome.UNCHANGED, "not modified (HTTP 304)");
                }
                case SKIPPED -> new Item(ArticleId.of(finalUrl), finalUrl, Outcome.SKIPPED,
                        result.reason() + ": " + result.detail());
                case FAILED -> new Item(ArticleId.of(finalUrl), finalUrl, Outcome.FAILED,
                        result.reason() + ": " + result.detail());
            };
        } catch (RuntimeException e) {
            log.warn("cannot publish {} (id {}): {}", finalUrl, ArticleId.of(finalUrl), e.toString());
            return failed(finalUrl, "cannot publish: " + e.getMessage());
        }
    }

    private static String canonicalOrAsIs(String url) {
        try {
            return UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Item failed(String url, String reason) {
        return new Item(ArticleId.of(url), url, Outcome.FAILED, reason);
    }
}

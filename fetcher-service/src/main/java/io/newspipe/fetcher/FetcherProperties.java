package io.newspipe.fetcher;

import io.newspipe.contract.Topics;
import io.newspipe.fetcher.http.HttpSettings;
import io.newspipe.fetcher.remote.RemoteSource;
import io.newspipe.fetcher.sourcefile.WebSourceSpec;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the fetcher ({@code NEWSPIPE_FETCHER_*}).
 *
 * @param directory           the local directory source
 * @param maxFileBytes        larger pages are skipped: a raw page travels Base64-encoded (4/3 of its size)
 *                            in one record, which must stay below the topics' {@code max.message.bytes}
 * @param stateTopic          compacted topic holding what was published per source URI
 * @param stateLoadTimeout    how long reading the state topic back may take before the attempt is retried
 * @param seenRefreshInterval how often the last-seen time of an unchanged page is written to the state topic
 * @param http                how pages are fetched from the web ({@code NEWSPIPE_FETCHER_HTTP_*})
 * @param sources             web sources: {@code newspipe.fetcher.sources[0].url} or
 *                            {@code NEWSPIPE_FETCHER_SOURCES_0_URL}, and so on
 * @param sourcesFile         optional YAML or JSON file of further web sources, re-read while the service runs;
 *                            a source named like one in {@code sources} replaces it
 * @param sourcesReloadInterval how often the sources file is checked for a change
 * @param adHocMaxUrls        URLs accepted at most by one {@code POST /api/fetch}
 * @param replicas            how the web sources are split over replicas of the service
 */
@ConfigurationProperties("newspipe.fetcher")
public record FetcherProperties(
        @DefaultValue Directory directory,
        @DefaultValue("10MB") DataSize maxFileBytes,
        @DefaultValue(Topics.FETCH_STATE) String stateTopic,
        @DefaultValue("60s") Duration stateLoadTimeout,
        @DefaultValue("1h") Duration seenRefreshInterval,
        @DefaultValue Http http,
        List<WebSource> sources,
        String sourcesFile,
        @DefaultValue("30s") Duration sourcesReloadInterval,
        @DefaultValue("100") int adHocMaxUrls,
        @DefaultValue Replicas replicas) {

    public FetcherProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        sourcesFile = sourcesFile == null || sourcesFile.isBlank() ? null : sourcesFile.trim();
    }

    /**
     * @param path         the root directory; relative paths are resolved against the working directory
     * @param name         the source's name, carried as {@code sourceName} on its pages
     * @param enabled      whether it is scanned on a schedule (an explicit scan works either way)
     * @param scanInterval pause between the end of one scan and the start of the next
     */
    public record Directory(
            @DefaultValue("seeds") String path,
            @DefaultValue("seeds") String name,
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") Duration scanInterval) {
    }

    /**
     * Web sources are partitioned over the replicas by a hash of their name: each replica schedules the
     * sources it owns and lists the others as disabled. Every replica is given the same source list, its
     * own {@code index} (e.g. the StatefulSet ordinal) and the same {@code count}.
     *
     * @param index this replica, 0 to count - 1
     * @param count replicas in all
     */
    public record Replicas(@DefaultValue("0") int index, @DefaultValue("1") int count) {
        public Replicas {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("replica index " + index + " of " + count + " is impossible");
            }
        }

        /** Whether the source named {@code sourceName} is scheduled by this replica. */
        public boolean owns(String sourceName) {
            return Math.floorMod(sourceName.hashCode(), count) == index;
        }
    }

    /**
     * A page, feed or sitemap on the web.
     *
     * @param name        carried as {@code sourceName} on its pages; unique
     * @param kind        {@code url}, {@code feed} or {@code sitemap}
     * @param url         where it is
     * @param interval    pause between the end of one scan and the start of the next
     * @param maxPages    links of a feed or sitemap fetched per scan at most, newest first
     * @param revisit     how long a fetched page is left alone; unset: the interval for {@code url}, 6 hours for
     *                    pages found in feeds and sitemaps (articles rarely change after publication)
     * @param enabled     scanned on the schedule; a disabled source is listed and can be scanned on demand
     * @param maxSitemaps child sitemaps of a sitemap index read per scan at most
     */
    public record WebSource(
            String name,
            RemoteSource.Kind kind,
            String url,
            @DefaultValue("15m") Duration interval,
            @DefaultValue("100") int maxPages,
            Duration revisit,
            @DefaultValue("true") boolean enabled,
            @DefaultValue("50") int maxSitemaps) {

        public RemoteSource.Settings toSettings() {
            return toSpec().toSettings();
        }

        public WebSourceSpec toSpec() {
            return new WebSourceSpec(name, kind, url, interval, maxPages, revisit, enabled, maxSitemaps);
        }
    }

    /**
     * HTTP behaviour; see {@link HttpSettings} for each setting's meaning.
     *
     * @param userAgent names the project and a contact URL, as site operators expect of a crawler
     */
    public record Http(
            @DefaultValue("newspipe/0.1 (+https://github.com/newspipe/newspipe)") String userAgent,
            @DefaultValue("newspipe") String robotsAgentName,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("10MB") DataSize maxBodySize,
            @DefaultValue("1s") Duration politenessDelay,
            @DefaultValue("30s") Duration maxCrawlDelay,
            @DefaultValue("8") int maxConcurrency,
            @DefaultValue("1h") Duration robotsCacheTtl,
            @DefaultValue("5m") Duration robotsFailureTtl,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("500ms") Duration backoffBase,
            @DefaultValue("30s") Duration backoffMax,
            @DefaultValue("60s") Duration maxRetryAfter,
            @DefaultValue("false") boolean allowLoopback,
            @DefaultValue("false") boolean allowPrivate) {

        public HttpSettings toSettings() {
            return new HttpSettings(userAgent, robotsAgentName, connectTimeout, readTimeout, maxRedirects,
                    maxBodySize.toBytes(), politenessDelay, maxCrawlDelay, maxConcurrency, robotsCacheTtl,
                    robotsFailureTtl, maxAttempts, backoffBase, backoffMax, maxRetryAfter, allowLoopback, allowPrivate);
        }
    }
}

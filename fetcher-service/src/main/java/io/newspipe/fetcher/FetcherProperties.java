package io.newspipe.fetcher;

import io.newspipe.contract.Topics;
import java.time.Duration;
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
 */
@ConfigurationProperties("newspipe.fetcher")
public record FetcherProperties(
        @DefaultValue Directory directory,
        @DefaultValue("10MB") DataSize maxFileBytes,
        @DefaultValue(Topics.FETCH_STATE) String stateTopic,
        @DefaultValue("60s") Duration stateLoadTimeout,
        @DefaultValue("1h") Duration seenRefreshInterval) {

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
}

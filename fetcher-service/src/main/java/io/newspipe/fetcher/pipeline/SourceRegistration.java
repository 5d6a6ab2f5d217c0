package io.newspipe.fetcher.pipeline;

import io.newspipe.fetcher.source.Source;
import java.time.Duration;

/**
 * A configured source and how it is scheduled. Every bean of this type is scanned by
 * {@link SourceScheduler} and listed by {@code GET /api/sources}.
 *
 * @param enabled      scanned on the schedule; a disabled source is still listed and can be scanned on demand
 * @param scanInterval pause between the end of one scan and the start of the next
 */
public record SourceRegistration(Source source, boolean enabled, Duration scanInterval) {
}

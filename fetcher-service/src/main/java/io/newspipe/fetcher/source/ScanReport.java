package io.newspipe.fetcher.source;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What one scan of a source did with every page it saw.
 *
 * @param source     the source's name
 * @param startedAt  when the scan began
 * @param finishedAt when it ended
 * @param error      why the scan as a whole failed (e.g. the root directory is missing), null when it ran
 * @param items      one entry per page (or skipped directory) seen, ordered by source URI
 * @param counts     the items counted by outcome
 */
public record ScanReport(String source, Instant startedAt, Instant finishedAt, String error, List<Item> items,
                         Counts counts) {

    public enum Outcome { PUBLISHED, UNCHANGED, SKIPPED, FAILED }

    /**
     * @param reason why it was skipped or failed; for unchanged pages, how that was known without comparing
     *               bytes (not modified, not due); null otherwise
     * @param contentSha256 SHA-256 of the page as published or found unchanged when this scan read its bytes,
     *               else null: lets a caller wait for exactly this version downstream
     */
    public record Item(String articleId, String sourceUri, Outcome outcome, String reason, String contentSha256) {
        public Item(String articleId, String sourceUri, Outcome outcome, String reason) {
            this(articleId, sourceUri, outcome, reason, null);
        }
    }

    public record Counts(int published, int unchanged, int skipped, int failed) {
        static Counts of(List<Item> items) {
            int[] n = new int[Outcome.values().length];
            items.forEach(item -> n[item.outcome().ordinal()]++);
            return new Counts(n[Outcome.PUBLISHED.ordinal()], n[Outcome.UNCHANGED.ordinal()],
                    n[Outcome.SKIPPED.ordinal()], n[Outcome.FAILED.ordinal()]);
        }
    }

    public static ScanReport completed(String source, Instant startedAt, Instant finishedAt, List<Item> items) {
        List<Item> sorted = items.stream().sorted(Comparator.comparing(Item::sourceUri)).toList();
        return new ScanReport(source, startedAt, finishedAt, null, sorted, Counts.of(sorted));
    }

    public static ScanReport failed(String source, Instant startedAt, Instant finishedAt, String error) {
        return new ScanReport(source, startedAt, finishedAt, error, List.of(), Counts.of(List.of()));
    }

    public boolean succeeded() {
        return error == null;
    }

    public List<Item> itemsWith(Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).toList();
    }
}

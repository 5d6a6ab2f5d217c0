package io.newspipe.cleaner.text;

import io.newspipe.contract.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the cleaner dropped and why. The list of entries is bounded (a page of 5,000 link blocks must not
 * make a 5,000-entry event): past {@code maxEntries}, further removals are only counted per rule and
 * summarised as one entry per rule. The counts stay exact for metrics.
 */
public final class RemovalLog {

    private final int maxEntries;
    private final List<Removal> entries = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> overflow = new LinkedHashMap<>();
    private final Map<String, String> overflowSample = new LinkedHashMap<>();

    public RemovalLog(int maxEntries) {
        this.maxEntries = Math.max(1, maxEntries);
    }

    public void add(String rule, String reason, String text) {
        counts.merge(rule, 1, Integer::sum);
        if (entries.size() < maxEntries) {
            entries.add(Removal.of(rule, reason, text));
        } else {
            overflow.merge(rule, 1, Integer::sum);
            overflowSample.putIfAbsent(rule, text);
        }
    }

    /** The entries, then one summary per rule whose removals did not fit. */
    public List<Removal> entries() {
        List<Removal> all = new ArrayList<>(entries);
        overflow.forEach((rule, n) -> all.add(Removal.of(rule,
                n + " more block(s) removed by this rule, not listed one by one; first shown", overflowSample.get(rule))));
        return all;
    }

    /** Exact number of removed blocks per rule. */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}

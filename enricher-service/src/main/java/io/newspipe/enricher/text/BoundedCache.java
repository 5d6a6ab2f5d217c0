package io.newspipe.enricher.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for a pure function of strings that recur from article to article (folded names, phonetic
 * codes). Bounded: when it holds {@code maxEntries}, it is emptied and fills again with what is current, so a
 * stream of ever-new names cannot grow it without limit. Values must not be null.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Function<? super K, ? extends V> compute;

    public BoundedCache(int maxEntries, Function<? super K, ? extends V> compute) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.compute = compute;
    }

    public V get(K key) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, value);
        return value;
    }

    public int size() {
        return entries.size();
    }
}

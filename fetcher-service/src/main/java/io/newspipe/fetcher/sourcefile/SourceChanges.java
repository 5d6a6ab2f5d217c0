package io.newspipe.fetcher.sourcefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which web sources a new configuration adds, removes and changes, by name (sorted). */
public record SourceChanges(List<String> added, List<String> removed, List<String> changed) {

    public SourceChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static SourceChanges between(Map<String, WebSourceSpec> before, Map<String, WebSourceSpec> after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, WebSourceSpec> entry : after.entrySet()) {
            WebSourceSpec previous = before.get(entry.getKey());
            if (previous == null) {
                added.add(entry.getKey());
            } else if (!Objects.equals(previous, entry.getValue())) {
                changed.add(entry.getKey());
            }
        }
        List<String> removed = new ArrayList<>(before.keySet().stream().filter(n -> !after.containsKey(n)).toList());
        added.sort(null);
        changed.sort(null);
        removed.sort(null);
        return new SourceChanges(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    @Override
    public String toString() {
        return "added " + added + ", removed " + removed + ", changed " + changed;
    }
}

package io.newspipe.enricher.entity;

import io.newspipe.enricher.text.Folding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gazetteer's names that a run of capitalised words does not cover: three or more words with a lower-case word
 * or a comma inside ("Centers for Disease Control and Prevention", "Bureau of Alcohol, Tobacco, Firearms and
 * Explosives", "Ölçme, Seçme ve Yerleştirme Merkezi"), or a number after the first word ("TRT 1", "Radio 4"). Indexed by the first word of the name's key, with the
 * lengths (in words of the key) that names starting so have, longest first; the scan tries just those lengths.
 */
final class KnownLongNames {

    private static final int[] NONE = new int[0];
    private final Map<String, int[]> lengthsByFirstWord;
    private final Set<String> keys;

    private KnownLongNames(Map<String, int[]> lengthsByFirstWord, Set<String> keys) {
        this.lengthsByFirstWord = lengthsByFirstWord;
        this.keys = keys;
    }

    static KnownLongNames of(Gazetteer gazetteer) {
        Map<String, TreeSet<Integer>> lengths = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            List<String> names = entry.names();
            for (String name : names) {
                if (!brokenRun(name)) {
                    continue;
                }
                String key = Folding.key(name);
                String[] words = key.split("-");
                lengths.computeIfAbsent(words[0], w -> new TreeSet<>()).add(words.length);
                keys.add(key);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        lengths.forEach((first, set) -> index.put(first, set.descendingSet().stream().mapToInt(Integer::intValue).toArray()));
        return new KnownLongNames(Map.copyOf(index), Set.copyOf(keys));
    }

    /**
     * Three words or more, one of them (not the first) in lower case or after a comma; or two or more, one of them (not
     * the first) a number ("TRT 1", "Radio 4", "BIST 100").
     */
    private static boolean brokenRun(String name) {
        String[] words = name.strip().split("\\s+");
        for (int w = 1; w < words.length; w++) {
            if (Character.isDigit(words[w].codePointAt(0))
                    || words.length >= 3 && (Character.isLowerCase(words[w].codePointAt(0)) || words[w - 1].endsWith(","))) {
                return true;
            }
        }
        return false;
    }

    /** Lengths, in key words and longest first, of the known long names whose key starts with this word. */
    int[] lengths(String firstKeyWord) {
        return lengthsByFirstWord.getOrDefault(firstKeyWord, NONE);
    }

    /** Whether a known long name has this key ({@link Folding#key}); a cheap test before the gazetteer's lookup. */
    boolean hasKey(CharSequence key) {
        return keys.contains(key.toString());
    }
}

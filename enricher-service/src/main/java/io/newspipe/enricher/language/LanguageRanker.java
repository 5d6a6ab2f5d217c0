package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranks every language for a text with Lingua's own low-accuracy score, in one pass: the sum, over the text's
 * distinct trigrams, of the log relative frequency of the trigram in the language, backing off to its leading
 * bigram and then its first letter when the language lacks it (as Lingua 1.2 does).
 *
 * <p>Why not Lingua itself: its scoring makes one hash-map lookup per trigram and language, each through a
 * synchronised model registry and a freshly built n-gram string, which costs ≈ 2.4 ms for 300 characters
 * against the ≈ 40 Latin-script languages on our build machine. Here Lingua's models (read from its jar) are
 * packed into one table keyed by the n-gram, so one probe yields the frequencies of every language that
 * knows the n-gram: ≈ 50× faster. Lingua still makes the final call among the top few
 * ({@link LanguageIdentifier}); this ranking only chooses which languages it weighs, and judges the sampled
 * sentences of the per-sentence shares.
 *
 * <p>One deliberate difference: Lingua adds nothing for a letter a language has never seen, and leaves it to
 * its script rules to drop such languages; here such a letter costs {@link #UNSEEN_LETTER}, so a language
 * that cannot write the text never ranks high. A language that knows none of the text's n-grams is not ranked.
 */
public final class LanguageRanker {

    /** Log-frequency charged for an n-gram whose first letter a language has never seen (rarer than any seen letter). */
    static final float UNSEEN_LETTER = (float) Math.log(1e-9);

    private static final String[] MODEL_FILES = {null, "unigrams", "bigrams", "trigrams"};

    private final Language[] languages;
    private final long[] slotKeys;
    private final int[] slotIds;
    private final int mask;
    /** Entries of n-gram id i are {@code [starts[i], starts[i + 1])}. */
    private final int[] starts;
    private final byte[] entryLanguages;
    private final float[] entryLogFrequencies;

    private LanguageRanker(Language[] languages, long[] slotKeys, int[] slotIds, int[] starts, byte[] entryLanguages,
                           float[] entryLogFrequencies) {
        this.languages = languages;
        this.slotKeys = slotKeys;
        this.slotIds = slotIds;
        this.mask = slotKeys.length - 1;
        this.starts = starts;
        this.entryLanguages = entryLanguages;
        this.entryLogFrequencies = entryLogFrequencies;
    }

    /** A language and its value relative to the best one (1.0 for the best; Lingua's convention). */
    public record Ranked(Language language, double value) {
    }

    /** Every language Lingua has a model for, from the models in Lingua's jar. */
    public static LanguageRanker fromLinguaModels() {
        List<Language> all = Arrays.stream(Language.values()).filter(l -> l != Language.UNKNOWN).toList();
        Builder builder = new Builder(all.size());
        for (int index = 0; index < all.size(); index++) {
            String iso = all.get(index).getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            for (int n = 1; n <= 3; n++) {
                String resource = "/language-models/" + iso + "/" + MODEL_FILES[n] + ".json";
                try (InputStream in = Language.class.getResourceAsStream(resource)) {
                    if (in != null) {
                        builder.addModel(index, in);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read Lingua model " + resource, e);
                }
            }
        }
        return builder.build(all.toArray(Language[]::new));
    }

    /** Number of distinct n-grams in the table (for logs and tests). */
    public int size() {
        return starts.length - 1;
    }

    /**
     * Every language that knows at least one n-gram of the text, best first, with Lingua-style relative values:
     * best score / language's score (scores are negative log-likelihoods, so 1.0 for the best, less for the rest).
     * Empty when the text has no trigram of letters.
     */
    public List<Ranked> rank(String text) {
        long[] trigrams = distinctTrigrams(clean(text));
        if (trigrams.length == 0) {
            return List.of();
        }
        int count = languages.length;
        double[] sums = new double[count];
        boolean[] known = new boolean[count];
        float[] row = new float[count];
        for (long trigram : trigrams) {
            Arrays.fill(row, 0f);
            // Lower orders first, so the most specific n-gram a language knows overwrites the others.
            fill(row, (trigram & 0xFFFF_0000_0000L) | (1L << 48));
            fill(row, (trigram & 0xFFFF_FFFF_0000L) | (2L << 48));
            fill(row, trigram);
            for (int l = 0; l < count; l++) {
                if (row[l] != 0f) {
                    sums[l] += row[l];
                    known[l] = true;
                } else {
                    sums[l] += UNSEEN_LETTER;
                }
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < count; l++) {
            if (known[l] && sums[l] > best) {
                best = sums[l];
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            if (known[l]) {
                ranked.add(new Ranked(languages[l], best / sums[l]));
            }
        }
        ranked.sort((a, b) -> a.value() != b.value() ? Double.compare(b.value(), a.value()) : a.language().compareTo(b.language()));
        return ranked;
    }

    private void fill(float[] row, long key) {
        int id = find(key);
        if (id < 0) {
            return;
        }
        for (int e = starts[id]; e < starts[id + 1]; e++) {
            row[entryLanguages[e]] = entryLogFrequencies[e];
        }
    }

    private int find(long key) {
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = slotKeys[slot];
            if (k == key) {
                return slotIds[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** Lingua's clean-up: trimmed, lower-cased (root locale), no punctuation or digits, single spaces. */
    static String clean(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else if (!isPunctuation(type) && !isNumber(type)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The distinct all-letter trigrams of a cleaned text, packed as table keys. */
    private static long[] distinctTrigrams(String cleaned) {
        if (cleaned.length() < 3) {
            return new long[0];
        }
        long[] keys = new long[cleaned.length() - 2];
        int size = 0;
        for (int i = 0; i + 3 <= cleaned.length(); i++) {
            char a = cleaned.charAt(i);
            char b = cleaned.charAt(i + 1);
            char c = cleaned.charAt(i + 2);
            if (Character.isLetter(a) && Character.isLetter(b) && Character.isLetter(c)) {
                keys[size++] = key(3, a, b, c);
            }
        }
        Arrays.sort(keys, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /** An n-gram of up to three UTF-16 units and its order: never 0, so 0 marks an empty slot. */
    static long key(int n, char a, char b, char c) {
        return ((long) n << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    /** The key of {@code text[start, end)}. */
    private static long key(String text, int start, int end) {
        return switch (end - start) {
            case 1 -> key(1, text.charAt(start), '\0', '\0');
            case 2 -> key(2, text.charAt(start), text.charAt(start + 1), '\0');
            case 3 -> key(3, text.charAt(start), text.charAt(start + 1), text.charAt(start + 2));
            default -> throw new IllegalArgumentException("not a uni-, bi- or trigram: " + text.substring(start, end));
        };
    }

    /** Collects (n-gram, language, log frequency) entries, then packs them grouped by n-gram. */
    private static final class Builder {
        private final int languageCount;
        private long[] idKeys = new long[1 << 16];
        private int ids;
        private long[] slots = new long[1 << 17];
        private int[] slotIds = new int[1 << 17];
        private int[] entryIds = new int[1 << 20];
        private byte[] entryLanguages = new byte[1 << 20];
        private float[] entryLogs = new float[1 << 20];
        private int entries;

        Builder(int languageCount) {
            if (languageCount > Byte.MAX_VALUE) {
                throw new IllegalStateException("more languages than a byte index holds: " + languageCount);
            }
            this.languageCount = languageCount;
        }

        /** A Lingua model file: {"language": …, "ngrams": {"numerator/denominator": "ngram ngram …", …}}. */
        void addModel(int language, InputStream in) {
            try (JsonParser parser = JsonMapper.shared().createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("a Lingua model is a JSON object");
                }
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    parser.nextToken();
                    if (!name.equals("ngrams")) {
                        parser.skipChildren();
                        continue;
                    }
                    for (String fraction = parser.nextName(); fraction != null; fraction = parser.nextName()) {
                        addGroup(language, fraction, parser.nextStringValue());
                    }
                }
            }
        }

        private void addGroup(int language, String fraction, String ngrams) {
            int slash = fraction.indexOf('/');
            // Lingua's own arithmetic: a float numerator over an int denominator.
            float frequency = Float.parseFloat(fraction.substring(0, slash)) / Integer.parseInt(fraction.substring(slash + 1));
            float log = (float) Math.log(frequency);
            for (int start = 0; start < ngrams.length(); ) {
                int end = ngrams.indexOf(' ', start);
                if (end < 0) {
                    end = ngrams.length();
                }
                if (end > start) {
                    add(idOf(key(ngrams, start, end)), language, log);
                }
                start = end + 1;
            }
        }

        private void add(int id, int language, float log) {
            if (entries == entryIds.length) {
                entryIds = Arrays.copyOf(entryIds, entries * 2);
                entryLanguages = Arrays.copyOf(entryLanguages, entries * 2);
                entryLogs = Arrays.copyOf(entryLogs, entries * 2);
            }
            entryIds[entries] = id;
            entryLanguages[entries] = (byte) language;
            entryLogs[entries] = log;
            entries++;
        }

        private int idOf(long key) {
            int mask = slots.length - 1;
            int slot = slot(key, mask);
            while (slots[slot] != 0) {
                if (slots[slot] == key) {
                    return slotIds[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (ids == idKeys.length) {
                idKeys = Arrays.copyOf(idKeys, ids * 2);
            }
            idKeys[ids] = key;
            slots[slot] = key;
            slotIds[slot] = ids;
            ids++;
            if (ids * 2 > slots.length) {
                rehash(slots.length * 2);
            }
            return ids - 1;
        }

        private void rehash(int capacity) {
            slots = new long[capacity];
            slotIds = new int[capacity];
            int mask = capacity - 1;
            for (int id = 0; id < ids; id++) {
                int slot = slot(idKeys[id], mask);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = idKeys[id];
                slotIds[slot] = id;
            }
        }

        LanguageRanker build(Language[] languages) {
            if (languages.length != languageCount) {
                throw new IllegalStateException("language count changed while building");
            }
            int[] starts = new int[ids + 1];
            for (int e = 0; e < entries; e++) {
                starts[entryIds[e] + 1]++;
            }
            for (int id = 0; id < ids; id++) {
                starts[id + 1] += starts[id];
            }
            int[] cursor = Arrays.copyOf(starts, ids);
            byte[] packedLanguages = new byte[entries];
            float[] packedLogs = new float[entries];
            for (int e = 0; e < entries; e++) {
                int at = cursor[entryIds[e]]++;
                packedLanguages[at] = entryLanguages[e];
                packedLogs[at] = entryLogs[e];
            }
            // At most two thirds full: probes stay short, and the table is a few megabytes.
            int capacity = Integer.highestOneBit(Math.max(16, ids * 3 / 2 - 1)) << 1;
            rehash(capacity);
            return new LanguageRanker(languages, slots, slotIds, starts, packedLanguages, packedLogs);
        }
    }
}

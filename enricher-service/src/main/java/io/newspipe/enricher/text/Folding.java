package io.newspipe.enricher.text;

import com.ibm.icu.text.Transliterator;

/**
 * Folds names to lower-case ASCII so that spellings of one name compare equal: Turkish letters by their
 * English-transliteration convention (ş → sh, ç → ch, ğ → g, ı/İ → i, ö → o, ü → u), everything else
 * (accents, Cyrillic, Greek …) through ICU's {@code Any-Latin} and {@code Latin-ASCII}. Lukaşenko, Lukashenko and
 * Лукашенко all fold to "lukashenko"-like forms.
 */
public final class Folding {

    // ICU transliterators keep internal state while working: one per thread.
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    // Names recur from article to article, and folding one with ICU costs microseconds.
    private static final int CACHE_ENTRIES = 50_000;
    private static final BoundedCache<String, String> FOLDED = new BoundedCache<>(CACHE_ENTRIES, Folding::foldUncached);
    private static final BoundedCache<String, String> KEYS = new BoundedCache<>(CACHE_ENTRIES, Folding::keyUncached);

    private Folding() {
    }

    /** Lower-case ASCII form; punctuation and spacing are kept as they are. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isAscii(s)) {
            // Turkish lower-casing turns I into ı, which folds back to i: plain ASCII lower case is the same.
            return asciiLower(s);
        }
        return FOLDED.get(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLower(String s) {
        int firstUpper = 0;
        while (firstUpper < s.length() && !isAsciiUpper(s.charAt(firstUpper))) {
            firstUpper++;
        }
        if (firstUpper == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = firstUpper; i < chars.length; i++) {
            if (isAsciiUpper(chars[i])) {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static String foldUncached(String s) {
        String lower = Casing.lower(s);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        boolean nonAscii = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ş' -> out.append("sh");
                case 'ç' -> out.append("ch");
                case 'ğ' -> out.append('g');
                case 'ı' -> out.append('i');
                case 'ö' -> out.append('o');
                case 'ü' -> out.append('u');
                case 'â' -> out.append('a');
                case 'î' -> out.append('i');
                case 'û' -> out.append('u');
                case '\u0307' -> { } // combining dot left over from a decomposed İ
                case '’', 'ʼ', '‘' -> out.append('\'');
                default -> {
                    nonAscii |= c > 0x7f;
                    out.append(c);
                }
            }
        }
        String folded = out.toString();
        if (nonAscii) {
            // Any-Latin writes Cyrillic ш, ч, ж as š, č, ž; spelling them sh, ch, zh like the Turkish letters
            // makes "Лукашенко" fold like "Lukaşenko" and "Lukashenko".
            String latin = TO_LATIN.get().transliterate(folded)
                    .replace("š", "sh").replace("č", "ch").replace("ž", "zh").replace("ş", "sh").replace("ç", "ch");
            folded = TO_ASCII.get().transliterate(latin).toLowerCase(java.util.Locale.ROOT);
        }
        return folded;
    }

    /**
     * A lookup key: the folded form with every run of characters other than ASCII letters and digits
     * turned into one '-', e.g. "St. Petersburg" → "st-petersburg", "S-400" → "s-400".
     */
    public static String key(String s) {
        return s == null || s.isEmpty() ? "" : KEYS.get(s);
    }

    private static String keyUncached(String s) {
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingDash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingDash && out.length() > 0) {
                    out.append('-');
                }
                pendingDash = false;
                out.append(c);
            } else {
                pendingDash = true;
            }
        }
        return out.toString();
    }

    /** Only the letters of the key, for phonetic coding: "iskandar-m" → "iskandarm". */
    public static String letters(String key) {
        int plain = 0;
        while (plain < key.length() && key.charAt(plain) >= 'a' && key.charAt(plain) <= 'z') {
            plain++;
        }
        if (plain == key.length()) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

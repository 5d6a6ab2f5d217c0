package io.newspipe.enricher.text;

import java.util.Locale;

/**
 * Case operations that are right for Turkish without breaking other languages. The JVM's default locale
 * is never used: under it, "İstanbul" lower-cases to "i̇stanbul" (with a combining dot) and "ılık" upper-cases
 * to "ILIK" in one locale and something else in another.
 */
public final class Casing {

    public static final Locale TURKISH = Locale.forLanguageTag("tr");

    private Casing() {
    }

    /** Lower case by Turkish rules: I → ı, İ → i. */
    public static String lower(String s) {
        return s.toLowerCase(TURKISH);
    }

    /** Upper case by Turkish rules: i → İ, ı → I. */
    public static String upper(String s) {
        return s.toUpperCase(TURKISH);
    }

    /** How many letters (of any script) {@code s} holds. */
    public static int letters(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Starts with an upper-case (or title-case) letter. */
    public static boolean isCapitalised(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    /** Has at least {@code minLetters} letters and no lower-case letter: "NATO", "ABD", "ISPARTA". */
    public static boolean isAllUpper(String s, int minLetters) {
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters >= minLetters;
    }
}

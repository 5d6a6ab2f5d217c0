package io.newspipe.cleaner.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Case folding for matching, not for display. Folding must not depend on the (unknown) language of a page,
 * so the Turkish dotted/dotless pairs (İ i, I ı) all fold to {@code i}: "HENÜZ YORUM YAPILMAMIŞ",
 * "Henüz yorum yapılmamış" and a list entry typed on a non-Turkish keyboard match each other, while
 * {@code toLowerCase()} in any single locale gets one of them wrong.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '\u0131' -> out.append('i');          // dotless ı
                case '\u0307' -> { }                       // combining dot left by lower-casing İ in the root locale
                case '\u00df' -> out.append("ss");
                case '\u03c2' -> out.append('\u03c3');     // Greek final sigma
                case '\u2019', '\u2018', '\u02bc', '`' -> out.append('\'');
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> out.append('"');
                case '\u0640' -> { }                       // Arabic tatweel: typographic stretching only
                case '\u0623', '\u0625', '\u0622' -> out.append('\u0627'); // Arabic alef variants
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Folded words: runs of letters and digits (hyphens inside a word kept), in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int length = folded.length();
        int start = -1; // where the current word began, -1 between words
        for (int i = 0; i < length; ) {
            char c = folded.charAt(i);
            int cp = c < 0x80 ? c : folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean wordChar = isWordChar(cp)
                    || (cp == '-' && start >= 0 && next < length && Character.isLetterOrDigit(folded.codePointAt(next)));
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** The folded words joined by single spaces: punctuation, quotes and numbering vanish. */
    public static String key(String text) {
        return String.join(" ", words(text));
    }
}

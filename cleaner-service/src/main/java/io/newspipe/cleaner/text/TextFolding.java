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
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || (cp == '-' && word.length() > 0 && i < folded.length() && Character.isLetterOrDigit(folded.codePointAt(i)));
            if (wordChar) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The folded words joined by single spaces: punctuation, quotes and numbering vanish. */
    public static String key(String text) {
        return String.join(" ", words(text));
    }
}

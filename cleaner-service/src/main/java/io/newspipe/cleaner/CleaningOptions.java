package io.newspipe.cleaner;

import java.nio.file.Path;

/**
 * The cleaner's knobs, in plain Java so the core runs without Spring ({@code CleanerProperties} maps onto it).
 *
 * @param minParagraphChars  HTML blocks shorter than this add nothing to a container's content score
 * @param bodyParagraphChars a block this long (or a real sentence) is article prose for the text rules
 * @param spamLineMaxWords   longest line the injected-spam rule judges
 * @param titleMaxChars      the first line of a plain text is its title only up to this length
 * @param maxRemovals        entries listed in {@code removed} before the rest are summarised per rule
 * @param maxInputBytes      bytes of a page looked at; the rest is cut off (and recorded)
 * @param maxHtmlDepth       element nesting kept by the HTML parser; deeper elements are flattened
 * @param phrasesFile        replaces the bundled boilerplate phrase lists when set
 */
public record CleaningOptions(
        int minParagraphChars,
        int bodyParagraphChars,
        int spamLineMaxWords,
        int titleMaxChars,
        int maxRemovals,
        int maxInputBytes,
        int maxHtmlDepth,
        Path phrasesFile) {

    public static CleaningOptions defaults() {
        return new CleaningOptions(25, 80, 8, 250, 50, 16 * 1024 * 1024, 512, null);
    }
}

package io.newspipe.cleaner.text;

/**
 * Splits plain text into blocks: at blank lines when the text has them (lines of a paragraph are joined),
 * else at every line break.
 */
public final class PlainTextSplitter {

    private PlainTextSplitter() {
    }

    public static void split(String text, TextDocument into) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean blankLineSeparated = unified.lines().anyMatch(String::isBlank)
                && unified.strip().contains("\n");
        if (blankLineSeparated) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : (Iterable<String>) unified.lines()::iterator) {
                if (line.isBlank()) {
                    flush(paragraph, into);
                } else {
                    paragraph.append(line).append(' ');
                }
            }
            flush(paragraph, into);
        } else {
            unified.lines().forEach(line -> into.add(line, false));
        }
    }

    private static void flush(StringBuilder paragraph, TextDocument into) {
        if (paragraph.length() > 0) {
            into.add(paragraph.toString(), false);
            paragraph.setLength(0);
        }
    }
}

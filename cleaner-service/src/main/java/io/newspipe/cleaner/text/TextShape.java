package io.newspipe.cleaner.text;

/** Shape tests on a block of text: how long, how sentence-like. */
public final class TextShape {

    /** Fewest words of a sentence-terminated block to count as prose even when it is short in characters. */
    static final int SENTENCE_MIN_WORDS = 8;

    private TextShape() {
    }

    public static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Ends like a sentence (also inside closing quotes or brackets). */
    public static boolean endsSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'”’»)]".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                continue;
            }
            return ".!?…:;。！？؟".indexOf(c) >= 0;
        }
        return false;
    }

    /** Article prose rather than a heading, label or link: long, or a real sentence. */
    public static boolean isProse(String text, int bodyParagraphChars) {
        return text.length() >= bodyParagraphChars
                || (endsSentence(text) && wordCount(text) >= SENTENCE_MIN_WORDS);
    }
}

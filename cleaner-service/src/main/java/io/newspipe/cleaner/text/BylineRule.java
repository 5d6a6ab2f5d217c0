package io.newspipe.cleaner.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The author line in the body ("By Maria Santos", "Yazan: Ahmet Yılmaz", "Par Claire Martin"): metadata, not
 * article text. A block equal to the known byline, with or without a by-phrase, goes wherever it stands. When no
 * byline is known (plain text, pages without author metadata), a short line near the top made of a by-phrase
 * and a name is taken for the byline: it goes, and its name becomes the document's byline. By-phrases and the
 * lower-case words allowed inside names come from the phrase lists.
 */
public final class BylineRule implements BoilerplateRule {

    public static final String NAME = "byline";
    /** How many of the first kept blocks may hold a byline found by its shape. */
    static final int TOP_BLOCKS = 5;
    /** Most words a byline's names may have (several authors included). */
    static final int MAX_NAME_WORDS = 8;

    private final PhraseList byPhrases;
    private final Set<String> joiners;
    private final int bodyParagraphChars;

    public BylineRule(PhraseLists lists, int bodyParagraphChars) {
        this.byPhrases = lists.list(PhraseLists.BYLINE);
        this.joiners = lists.words(PhraseLists.BYLINE_JOINER);
        this.bodyParagraphChars = bodyParagraphChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument document) {
        if (document.byline() != null) {
            removeRepeats(document, document.byline());
            return;
        }
        List<TextDocument.Block> kept = document.kept();
        for (int i = 0; i < kept.size() && i < TOP_BLOCKS; i++) {
            TextDocument.Block block = kept.get(i);
            String name = nameAfterByPhrase(block);
            if (name != null) {
                document.byline(name);
                document.remove(block, NAME, "byline line");
                removeRepeats(document, name);
                return;
            }
        }
    }

    /** Blocks that are the byline, bare or after a by-phrase. */
    private void removeRepeats(TextDocument document, String byline) {
        List<String> bylineWords = names(TextFolding.words(byline));
        if (bylineWords.isEmpty()) {
            return;
        }
        for (TextDocument.Block block : document.kept()) {
            if (block.letterTokens() > MAX_NAME_WORDS * 2 + 4 || TextShape.isProse(block.text(), bodyParagraphChars)) {
                continue;
            }
            if (names(block.words()).equals(bylineWords)) {
                document.remove(block, NAME, "repeats the article's byline");
            }
        }
    }

    /** The words of the names: by-phrase and joiners left out ("By A and B" and "A, B" are the same byline). */
    private List<String> names(List<String> words) {
        int phrase = byPhrases.prefixLength(words);
        List<String> names = new ArrayList<>(words.size());
        for (String word : phrase < words.size() ? words.subList(phrase, words.size()) : words) {
            if (!joiners.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }

    /**
     * The name of a "by-phrase name" line, or null. Names are short, every word of them starts with a capital
     * (or a letter of a script without case) unless it is a joiner ("and", "van"), and the line is no sentence.
     */
    String nameAfterByPhrase(TextDocument.Block block) {
        String text = block.text();
        if (block.letterTokens() > MAX_NAME_WORDS + 3 || TextShape.endsSentence(text)) {
            return null;
        }
        int phraseWords = byPhrases.prefixLength(block.words());
        if (phraseWords == 0) {
            return null;
        }
        // Whitespace tokens of the original text: skip those holding the by-phrase, the rest is the name.
        String[] tokens = text.split(" ");
        int token = 0;
        for (int folded = 0; token < tokens.length && folded < phraseWords; token++) {
            folded += TextFolding.words(tokens[token]).size();
        }
        List<String> name = new ArrayList<>();
        for (; token < tokens.length; token++) {
            String word = stripPunctuation(tokens[token]);
            if (word.isEmpty() || !nameWord(word)) {
                return null;
            }
            name.add(word);
        }
        if (name.isEmpty() || name.size() > MAX_NAME_WORDS || joiners.contains(TextFolding.key(name.get(0)))) {
            return null;
        }
        return String.join(" ", name);
    }

    private boolean nameWord(String word) {
        int first = word.codePointAt(0);
        if (!Character.isLetter(first)) {
            return false;
        }
        return !Character.isLowerCase(first) || joiners.contains(TextFolding.key(word));
    }

    /** Punctuation around a word ("Santos," ":Maria"); inside it ("O'Neil", "Jean-Luc") stays. */
    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(start, end);
    }
}

package io.newspipe.cleaner.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Short lines outside the article (before its headline and first paragraph, or after its last paragraph)
 * that share no vocabulary with the article body: keyword spam injected into a page or feed. Judged only
 * when the body has enough words to be a fair reference; lines inside the article are never touched.
 */
public final class InjectedSpamRule implements BoilerplateRule {

    public static final String NAME = "injected-spam";
    /** Words of this length and more count as the same word when their first {@value} characters agree (inflection). */
    static final int STEM_LENGTH = 5;
    /** Fewest distinct content words of the body before lines are judged against it. */
    static final int MIN_BODY_VOCABULARY = 20;
    /** Trailing lines must be even shorter to be judged: bylines and credits live there. */
    static final int MAX_TRAILING_WORDS = 5;

    private final Set<String> functionWords;
    private final int maxWords;
    private final int bodyParagraphChars;

    public InjectedSpamRule(PhraseLists lists, int maxWords, int bodyParagraphChars) {
        this.functionWords = lists.words(PhraseLists.FUNCTION_WORDS);
        this.maxWords = maxWords;
        this.bodyParagraphChars = bodyParagraphChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument document) {
        List<TextDocument.Block> kept = document.kept();
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (TextShape.isProse(kept.get(i).text(), bodyParagraphChars)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        Set<String> vocabulary = new HashSet<>();
        for (int i = first; i <= last; i++) {
            if (TextShape.isProse(kept.get(i).text(), bodyParagraphChars)) {
                for (String word : contentWords(kept.get(i).words())) {
                    vocabulary.add(word);
                    vocabulary.add(stem(word));
                }
            }
        }
        if (vocabulary.size() < MIN_BODY_VOCABULARY) {
            return;
        }
        // The headline is the last leading line that shares vocabulary with the body, or the last leading line
        // at all: a headline may share no word with its body ("Markets rally on rate hopes"), spam above it is judged.
        int headline = first - 1;
        for (int i = first - 1; i >= 0; i--) {
            if (sharesVocabulary(kept.get(i).words(), vocabulary)) {
                headline = i;
                break;
            }
        }
        for (int i = 0; i < first; i++) {
            if (i != headline) {
                judge(document, kept.get(i), vocabulary, maxWords, "line before the article shares no vocabulary with its body");
            }
        }
        for (int i = last + 1; i < kept.size(); i++) {
            TextDocument.Block block = kept.get(i);
            if (!TextShape.endsSentence(block.text())) {
                judge(document, block, vocabulary, Math.min(maxWords, MAX_TRAILING_WORDS),
                        "line after the article shares no vocabulary with its body");
            }
        }
    }

    private void judge(TextDocument document, TextDocument.Block block, Set<String> vocabulary, int wordLimit, String reason) {
        if (TextShape.wordCount(block.text()) > wordLimit) {
            return;
        }
        if (contentWords(block.words()).isEmpty()) {
            return; // dates, numbers, symbols: nothing to judge by
        }
        if (!sharesVocabulary(block.words(), vocabulary)) {
            document.remove(block, NAME, reason);
        }
    }

    private boolean sharesVocabulary(List<String> words, Set<String> vocabulary) {
        for (String word : contentWords(words)) {
            if (vocabulary.contains(word) || vocabulary.contains(stem(word))) {
                return true;
            }
        }
        return false;
    }

    private List<String> contentWords(List<String> words) {
        return words.stream()
                .filter(w -> w.codePointCount(0, w.length()) >= 3)
                .filter(w -> !functionWords.contains(w))
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .toList();
    }

    private static String stem(String word) {
        return word.codePointCount(0, word.length()) >= STEM_LENGTH
                ? "\u0000" + word.substring(0, word.offsetByCodePoints(0, STEM_LENGTH))
                : word;
    }
}

package io.newspipe.cleaner.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Phrases matched against whole short lines, on folded words so case, punctuation and numbering do not matter. */
public final class PhraseList {

    /** How many words a line may add after a multi-word phrase and still be that phrase ("Leave a reply Cancel reply"). */
    static final int TRAILING_WORDS = 3;
    /** A line longer than this is prose, whatever it starts with. */
    static final int MAX_LINE_WORDS = 30;

    private final List<List<String>> phrases = new ArrayList<>();

    PhraseList(List<String> phrases) {
        for (String phrase : phrases) {
            List<String> words = TextFolding.words(phrase);
            if (!words.isEmpty()) {
                this.phrases.add(words);
            }
        }
    }

    /** The phrase {@code line} consists of, if any. */
    public Optional<String> match(String line) {
        if (tokensWithLetters(line) > MAX_LINE_WORDS + 2) {
            return Optional.empty(); // prose: each such token is at least one word, two may be numbering
        }
        return match(line, TextFolding.words(line));
    }

    /** The phrase the block consists of, if any; the block's folded words are reused across rules. */
    public Optional<String> match(TextDocument.Block block) {
        if (block.letterTokens() > MAX_LINE_WORDS + 2) {
            return Optional.empty();
        }
        return match(block.text(), block.words());
    }

    public boolean matches(TextDocument.Block block) {
        return match(block).isPresent();
    }

    private Optional<String> match(String line, List<String> foldedWords) {
        List<String> words = stripNumbering(foldedWords);
        if (words.isEmpty() || words.size() > MAX_LINE_WORDS) {
            return Optional.empty();
        }
        boolean labelled = labelColon(line);
        for (List<String> phrase : phrases) {
            if (!startsWith(words, phrase)) {
                continue;
            }
            int extra = words.size() - phrase.size();
            if (extra == 0 || (phrase.size() >= 2 && extra <= TRAILING_WORDS) || (labelled && colonAfter(line, phrase))) {
                return Optional.of(String.join(" ", phrase));
            }
        }
        return Optional.empty();
    }

    /** Number of leading {@code words} taken by the longest phrase they start with; 0 when none. */
    public int prefixLength(List<String> words) {
        int longest = 0;
        for (List<String> phrase : phrases) {
            if (phrase.size() > longest && startsWith(words, phrase)) {
                longest = phrase.size();
            }
        }
        return longest;
    }

    public boolean matches(String line) {
        return match(line).isPresent();
    }

    /** Whitespace-separated tokens holding a letter or digit: a cheap lower bound of the word count. */
    static int tokensWithLetters(String line) {
        int tokens = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                inToken = false;
                counted = false;
            } else {
                inToken = true;
                if (!counted && Character.isLetterOrDigit(c)) {
                    tokens++;
                    counted = true;
                }
            }
        }
        return inToken ? tokens : tokens;
    }

    /** "1.", "2)", "iv." left over from a rendered list are numbering, not words. */
    static List<String> stripNumbering(List<String> words) {
        int start = 0;
        while (start < words.size() && start < 2 && isNumbering(words.get(start))) {
            start++;
        }
        return words.subList(start, words.size());
    }

    private static boolean isNumbering(String word) {
        return word.chars().allMatch(Character::isDigit) && word.length() <= 3;
    }

    private static boolean startsWith(List<String> words, List<String> phrase) {
        if (phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean labelColon(String line) {
        return line.indexOf(':') > 0 && line.indexOf(':') < 60;
    }

    /** "Read more: headline" — the phrase is a label introducing a link. */
    private static boolean colonAfter(String line, List<String> phrase) {
        String before = line.substring(0, line.indexOf(':'));
        List<String> labelWords = stripNumbering(TextFolding.words(before));
        return labelWords.equals(phrase);
    }
}

package io.newspipe.enricher.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word tokens the way names need it: hyphens and digits inside a word stay ("S-400",
 * "Iskander-M"), an apostrophe between letters starts a suffix that stays with the word ("Minsk’te"), except
 * after an elided article ("l'Assemblée", "dell'Interno": two words), and
 * each token knows whether it starts a sentence and whether only spaces separate it from the previous one.
 */
public final class Tokenizer {

    private static final String SENTENCE_PUNCTUATION = ".!?…:;";
    /** How far into a line a dateline's dash may come ("SAN FRANCISCO, Calif. (AP) —"). */
    private static final int DATELINE_LENGTH = 60;
    private static final String OPENING_QUOTES = "\"“„«‘'‹";
    /** Elided articles and prepositions that open French and Italian sentences ("L'Union", "Nell'area"). */
    private static final Set<String> CAPITALISED_ELISIONS = Set.of("L", "Dell", "Nell", "All", "Dall", "Sull", "Qu");

    /** Folded abbreviations whose period does not end a sentence ("st", "mr", "dr" …). */
    private final Set<String> abbreviations;

    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        int previousEnd = -1;
        Token previous = null;
        int lineStart = 0;
        boolean capitalsOpenLine = false; // the line's first word is in capitals: "ANKARA", "KOCAELİ (DHA)", "NEW YORK (AP)"
        while (i < n) {
            int c = text.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int stemEnd = -1;
            while (i < n) {
                int ch = text.codePointAt(i);
                int width = Character.charCount(ch);
                if (isWordChar(ch)) {
                    i += width;
                } else if (isHyphen(ch) && stemEnd < 0 && i + width < n && isLetterOrDigit(text.codePointBefore(i))
                        && isLetterOrDigit(text.codePointAt(i + width))) {
                    i += width;
                } else if (ch == '&' && stemEnd < 0 && i + 1 < n && isCapitalOrDigit(text.codePointBefore(i))
                        && isCapitalOrDigit(text.codePointAt(i + 1))) {
                    i += width; // "AT&T", "S&P", "R&D": one name, as written without spaces
                } else if (isApostrophe(ch) && stemEnd < 0 && i + width < n && Character.isLetter(text.codePointBefore(i))
                        && Character.isLetter(text.codePointAt(i + width))) {
                    if (Character.isUpperCase(text.codePointAt(i + width))
                            && isElision(text, start, i, previous == null || startsSentence(text.substring(previousEnd, start)))) {
                        i += width; // "l'Assemblée", "dell'Interno", "d'Italia": the elided article is a word of its own
                        break;
                    }
                    // A capital after the apostrophe is part of the name (O'Brien, D'Alema), not a suffix.
                    if (!Character.isUpperCase(text.codePointAt(i + width))) {
                        stemEnd = i;
                    }
                    i += width;
                } else {
                    break;
                }
            }
            i = dottedAcronymEnd(text, start, i);
            String gap = previous == null ? "" : text.substring(previousEnd, start);
            boolean abbreviationPeriod = previous != null && gap.equals(". ")
                    && (abbreviations.contains(Folding.fold(previous.text())) || isInitial(previous.text())
                        || isDottedAcronym(previous.text()));
            if (previous == null || gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0) {
                lineStart = start;
                capitalsOpenLine = isCapitalsWord(text, start, i);
            }
            boolean sentenceInitial = previous == null || (!abbreviationPeriod && startsSentence(gap))
                    || capitalsOpenLine && start - lineStart <= DATELINE_LENGTH && isDatelineDash(gap);
            boolean joined = previous != null && (abbreviationPeriod || isPlainSpace(gap) || gap.isEmpty() && endsWithApostrophe(previous.text()));
            Token token = new Token(text.substring(start, i), start, i, stemEnd < 0 ? i : stemEnd, sentenceInitial, joined);
            tokens.add(token);
            previous = token;
            previousEnd = i;
        }
        return tokens;
    }

    /**
     * The dash that ends a dateline, "ANKARA - ", "KOCAELİ (DHA) - ", "NEW YORK (AP) — ": the story's first
     * sentence starts after it, so its first word is a sentence opener ("Uzun bir aradan sonra …").
     */
    private static boolean isDatelineDash(String gap) {
        String rest = gap.startsWith(")") ? gap.substring(1) : gap;
        String dash = rest.strip();
        return rest.length() >= 2 && Character.isWhitespace(rest.charAt(0)) && Character.isWhitespace(rest.charAt(rest.length() - 1))
                && dash.length() == 1 && "-–—".indexOf(dash.charAt(0)) >= 0;
    }

    /** Two or more letters, all capitals ("ANKARA", "KOCAELİ"), the way datelines open a line. */
    private static boolean isCapitalsWord(String text, int start, int end) {
        int letters = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static boolean isCapitalOrDigit(int c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /**
     * A short lower-case word before an apostrophe, as French and Italian elide articles and prepositions ("l'",
     * "d'", "dell'", "nell'", "qu'"): a capital after it starts a new word. Turkish suffixes follow a capitalised
     * name, and "O'Brien" or "D'Alema" are capitalised, so neither is cut, except where a sentence opens
     * with the elided article ("L'Union européenne a décidé").
     */
    private static boolean isElision(String text, int start, int apostrophe, boolean opensSentence) {
        return apostrophe - start <= 5 && isElision(text.substring(start, apostrophe), opensSentence);
    }

    private static boolean isElision(String word, boolean opensSentence) {
        if (opensSentence && CAPITALISED_ELISIONS.contains(word)) {
            return true; // "L'Union a décidé"; "D'Alema" or "O'Brien" opening a sentence stay names
        }
        if (word.isEmpty() || word.length() > 5) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code token} is an elided article or preposition as this tokenizer splits it off ("l'", "dell'",
     * "L'" opening a sentence): written against the next word, without a space.
     */
    public static boolean isElidedArticle(String token) {
        return token.length() >= 2 && isApostrophe(token.codePointBefore(token.length()))
                && isElision(token.substring(0, token.length() - 1), true);
    }

    private static boolean endsWithApostrophe(String word) {
        return !word.isEmpty() && isApostrophe(word.codePointBefore(word.length()));
    }

    private static boolean startsSentence(String gap) {
        boolean comma = false;
        boolean quote = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n' || c == '\r' || SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return true;
            }
            comma |= c == ',' || c == '(' || c == '—' || c == '–';
            // a quote that opens touches the word after it: `said, "We`; `fairness," Reeves said` closes one
            quote |= OPENING_QUOTES.indexOf(c) >= 0 && (i + 1 == gap.length() || !Character.isWhitespace(gap.charAt(i + 1)));
        }
        // `said, "We …` opens a quoted sentence; `the ‘Iskandar’ system` does not.
        return comma && quote;
    }

    /**
     * "U.S.", "U.K.", "U.S.A.": single capitals joined by periods are one token, without the last period (which
     * may also end the sentence). Returns the end of the token that starts at {@code start} and ends at {@code end}.
     */
    private static int dottedAcronymEnd(String text, int start, int end) {
        if (end - start != 1 || !Character.isUpperCase(text.charAt(start))) {
            return end;
        }
        int i = end; // text[i - 1] is a lone capital
        while (i + 1 < text.length() && text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i + 1))
                && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
            i += 2;
        }
        return i;
    }

    private static boolean isDottedAcronym(String word) {
        return word.length() >= 3 && word.charAt(1) == '.';
    }

    /** A single capital letter, as in "John F. Kennedy": its period ends no sentence. */
    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isPlainSpace(String gap) {
        if (gap.isEmpty()) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isLetterOrDigit(int c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}

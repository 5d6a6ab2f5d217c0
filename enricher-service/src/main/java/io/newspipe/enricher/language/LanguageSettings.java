package io.newspipe.enricher.language;

/**
 * @param undThreshold       below this confidence the language is {@code und}
 * @param confidentDistance  Lingua's relative distance between the best and the second-best language at
 *                           which the confidence reaches 1 (the confidence is that distance divided by this)
 * @param maxAlternatives    how many runner-up languages to report
 * @param minSentenceLetters sentences with fewer letters are too short to count in the per-sentence shares
 * @param maxChars           only this many leading characters are used for the whole-text decision (Lingua's
 *                           cost grows with the text; a few hundred letters already decide reliably)
 * @param referenceLetters   texts longer than this many letters earn proportionally more confidence for the
 *                           same relative distance: the evidence (log-likelihood gap) grows with the text
 *                           while Lingua's relative distance does not
 * @param maxShareSentences  at most this many sentences, evenly spread over the text, are judged for the shares
 * @param maxSentenceChars   a judged sentence is cut to this many characters
 * @param judgedLanguages    Lingua weighs this many languages for the whole-text verdict: the top of a ranking of
 *                           every language by Lingua's trigram models ({@link LanguageRanker}); at least two
 */
public record LanguageSettings(double undThreshold, double confidentDistance, int maxAlternatives,
                               int minSentenceLetters, int maxChars, int referenceLetters, int maxShareSentences,
                               int maxSentenceChars, int judgedLanguages) {

    public static final LanguageSettings DEFAULTS = new LanguageSettings(0.4, 0.25, 3, 25, 300, 100, 4, 120, 5);

    /** With the default {@code referenceLetters}, {@code maxShareSentences}, {@code maxSentenceChars} and {@code judgedLanguages}. */
    public LanguageSettings(double undThreshold, double confidentDistance, int maxAlternatives, int minSentenceLetters, int maxChars) {
        this(undThreshold, confidentDistance, maxAlternatives, minSentenceLetters, maxChars, 100, 4, 120, 5);
    }

    public LanguageSettings {
        if (confidentDistance <= 0 || confidentDistance > 1) {
            throw new IllegalArgumentException("confidentDistance must be in (0, 1]: " + confidentDistance);
        }
        if (undThreshold < 0 || undThreshold > 1) {
            throw new IllegalArgumentException("undThreshold must be in [0, 1]: " + undThreshold);
        }
        if (maxShareSentences <= 0 || maxSentenceChars <= 0 || maxChars <= 0) {
            throw new IllegalArgumentException("maxShareSentences, maxSentenceChars and maxChars must be positive");
        }
        if (judgedLanguages < 2) {
            throw new IllegalArgumentException("judgedLanguages must be at least 2: " + judgedLanguages);
        }
        if (referenceLetters <= 0) {
            throw new IllegalArgumentException("referenceLetters must be positive: " + referenceLetters);
        }
    }
}

package io.newspipe.enricher.language;

/**
 * @param undThreshold       below this confidence the language is {@code und}
 * @param confidentDistance  Lingua's relative distance between the best and the second-best language at
 *                           which the confidence reaches 1 (the confidence is that distance divided by this)
 * @param maxAlternatives    how many runner-up languages to report
 * @param minSentenceLetters sentences with fewer letters are too short to count in the per-sentence shares
 * @param maxChars           only this many leading characters are used for the whole-text decision
 */
public record LanguageSettings(double undThreshold, double confidentDistance, int maxAlternatives,
                               int minSentenceLetters, int maxChars) {

    public static final LanguageSettings DEFAULTS = new LanguageSettings(0.4, 0.25, 3, 25, 20_000);

    public LanguageSettings {
        if (confidentDistance <= 0 || confidentDistance > 1) {
            throw new IllegalArgumentException("confidentDistance must be in (0, 1]: " + confidentDistance);
        }
        if (undThreshold < 0 || undThreshold > 1) {
            throw new IllegalArgumentException("undThreshold must be in [0, 1]: " + undThreshold);
        }
    }
}

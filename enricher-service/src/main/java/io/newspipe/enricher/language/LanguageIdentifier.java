package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newspipe.contract.EnrichedArticle.LanguageScore;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.enricher.text.Casing;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells the language of a text, how sure that is, the runner-ups, and for mixed texts the share of
 * sentences per language.
 *
 * <p>The whole-text verdict is Lingua's: a {@link LanguageRanker} ranks every language by Lingua's own trigram
 * models in one cheap pass, and a Lingua detector restricted to the top {@link LanguageSettings#judgedLanguages()}
 * of that ranking decides, with its script and character rules. Nothing is narrowed to the languages we expect:
 * the candidates come from the text. The sentences sampled for the shares are judged by the ranking alone.
 *
 * <p>Lingua 1.2 reports per-language values relative to the best language (which always gets 1.0), so
 * the confidence here is the relative distance to the second-best language, scaled by
 * {@link LanguageSettings#confidentDistance()} and capped at 1. That distance is a ratio of log-likelihoods
 * and does not grow with the text, while the evidence does: a text of n letters beyond
 * {@link LanguageSettings#referenceLetters()} multiplies it by n / referenceLetters. Without that, close
 * languages (Danish/Norwegian, Indonesian/Malay, Hindi/Marathi) stay {@code und} however long the article.
 * Alternatives carry the relative values.
 */
public final class LanguageIdentifier {

    private final LanguageRanker ranker;
    private final Function<Set<Language>, LanguageDetector> detectors;
    private final LanguageSettings settings;

    /**
     * @param ranker    ranks every language for a text
     * @param detectors a Lingua detector choosing among the given languages (two or more)
     */
    public LanguageIdentifier(LanguageRanker ranker, Function<Set<Language>, LanguageDetector> detectors, LanguageSettings settings) {
        this.ranker = ranker;
        this.detectors = detectors;
        this.settings = settings;
    }

    /** With the JVM-wide ranker and cached Lingua detectors of {@code mode}. */
    public static LanguageIdentifier create(AccuracyMode mode, LanguageSettings settings) {
        return new LanguageIdentifier(LinguaDetectors.ranker(), candidates -> LinguaDetectors.restricted(mode, candidates), settings);
    }

    public LanguageTag identify(String text) {
        if (text == null || Casing.letters(text) == 0) {
            return new LanguageTag(LanguageTag.UNDETERMINED, 0.0, List.of(), List.of());
        }
        // names out of a window twice the sample, not out of the whole article: the sample is all that is judged
        String sample = cut(withoutNames(cut(text, 2 * settings.maxChars())), settings.maxChars());
        Verdict verdict = judgeWhole(sample);
        List<LanguageScore> shares = sentenceShares(text, sample, verdict);
        if (shares.isEmpty() && !verdict.code().equals(LanguageTag.UNDETERMINED)) {
            shares = List.of(new LanguageScore(verdict.code(), 1.0));
        }
        return new LanguageTag(verdict.code(), round(verdict.confidence()), verdict.alternatives(), shares);
    }

    private record Verdict(String code, double confidence, List<LanguageScore> alternatives) {
    }

    private static final Verdict UNDETERMINED = new Verdict(LanguageTag.UNDETERMINED, 0.0, List.of());

    /** Lingua among the top of the ranking; the ranking itself when only one language can write the text. */
    private Verdict judgeWhole(String sample) {
        List<LanguageRanker.Ranked> ranked = ranker.rank(sample);
        if (ranked.size() < 2) {
            return verdict(ranked, sample);
        }
        Set<Language> candidates = EnumSet.noneOf(Language.class);
        for (int i = 0; i < Math.min(ranked.size(), settings.judgedLanguages()); i++) {
            candidates.add(ranked.get(i).language());
        }
        List<LanguageRanker.Ranked> judged = new ArrayList<>();
        detectors.apply(candidates).computeLanguageConfidenceValues(sample)
                .forEach((language, value) -> judged.add(new LanguageRanker.Ranked(language, value)));
        return verdict(judged, sample);
    }

    /** @param ranked languages best first, with values relative to the best (1.0) */
    private Verdict verdict(List<LanguageRanker.Ranked> ranked, String text) {
        if (ranked.isEmpty()) {
            return UNDETERMINED;
        }
        Language best = ranked.get(0).language();
        double runnerUp = ranked.size() > 1 ? ranked.get(1).value() : 0.0;
        List<LanguageScore> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size() && alternatives.size() < settings.maxAlternatives(); i++) {
            alternatives.add(new LanguageScore(isoCode(ranked.get(i).language()), round(clamp(ranked.get(i).value()))));
        }
        double lengthFactor = Math.max(1.0, (double) Casing.letters(text) / settings.referenceLetters());
        double confidence = clamp((1.0 - runnerUp) / settings.confidentDistance() * lengthFactor);
        String code = confidence < settings.undThreshold() ? LanguageTag.UNDETERMINED : isoCode(best);
        return new Verdict(code, confidence, alternatives);
    }

    /**
     * Share of sentences per language, counting only sentences long and clear enough to judge. Long texts are
     * sampled: at most {@link LanguageSettings#maxShareSentences()} sentences spread evenly over the text,
     * each cut to {@link LanguageSettings#maxSentenceChars()}, so the cost per article stays bounded. A sampled
     * sentence that is the whole-text sample itself (a short text) keeps the whole-text verdict.
     */
    private List<LanguageScore> sentenceShares(String text, String wholeSample, Verdict whole) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(text);
        List<String> candidates = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (Casing.letters(sentence) >= settings.minSentenceLetters()) {
                candidates.add(sentence);
            }
        }
        int sampleSize = Math.min(candidates.size(), settings.maxShareSentences());
        Map<String, Integer> counts = new LinkedHashMap<>();
        int judged = 0;
        for (int i = 0; i < sampleSize; i++) {
            String sentence = cut(withoutNames(candidates.get((int) ((long) i * candidates.size() / sampleSize))), settings.maxSentenceChars());
            Verdict verdict = sentence.equals(wholeSample) ? whole : verdict(ranker.rank(sentence), sentence);
            if (!verdict.code().equals(LanguageTag.UNDETERMINED)) {
                counts.merge(verdict.code(), 1, Integer::sum);
                judged++;
            }
        }
        if (judged == 0) {
            return List.of();
        }
        int total = judged;
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new LanguageScore(e.getKey(), round((double) e.getValue() / total)))
                .toList();
    }

    /**
     * The text without the capitalised words inside its sentences: names belong to no language ("Lukashenka told
     * reporters in Minsk" reads as Norwegian to n-gram models), and the function words and lower-case words left
     * tell the language better. Kept whole when too little would be left (German capitalises every noun, and
     * headlines every word).
     */
    static String withoutNames(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int letters = 0;
        int kept = 0;
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            String word = text.substring(i, end);
            int wordLetters = Casing.letters(word);
            letters += wordLetters;
            int first = firstLetter(word);
            boolean name = !sentenceStart && first >= 0 && Character.isUpperCase(word.charAt(first));
            if (!name) {
                out.append(word);
                kept += wordLetters;
            }
            char last = word.charAt(word.length() - 1);
            sentenceStart = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' && word.length() > 1
                    && ".!?".indexOf(word.charAt(word.length() - 2)) >= 0;
            i = end;
        }
        return kept * 2 >= letters ? out.toString() : text;
    }

    private static int firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code max} characters, ending at a word boundary when there is one in the last fifth. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return space > max * 4 / 5 ? text.substring(0, space) : text.substring(0, max);
    }

    private static String isoCode(Language language) {
        IsoCode639_1 code = language.getIsoCode639_1();
        return code == IsoCode639_1.NONE ? LanguageTag.UNDETERMINED : code.name().toLowerCase(Locale.ROOT);
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}

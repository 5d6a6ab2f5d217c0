package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newspipe.contract.EnrichedArticle.LanguageScore;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Tells the language of a text, how sure that is, the runner-ups, and for mixed texts the share of
 * sentences per language.
 *
 * <p>Lingua 1.2 reports per-language values relative to the best language (which always gets 1.0), so
 * the confidence here is the relative distance to the second-best language, scaled by
 * {@link LanguageSettings#confidentDistance()} and capped at 1. That distance is a ratio of log-likelihoods
 * and does not grow with the text, while the evidence does: a text of n letters beyond
 * {@link LanguageSettings#referenceLetters()} multiplies it by n / referenceLetters. Without that, close
 * languages (Danish/Norwegian, Indonesian/Malay, Hindi/Marathi) stay {@code und} however long the article.
 * Alternatives carry Lingua's relative values.
 */
public final class LanguageIdentifier {

    private final LanguageDetector detector;
    private final LanguageSettings settings;

    public LanguageIdentifier(LanguageDetector detector, LanguageSettings settings) {
        this.detector = detector;
        this.settings = settings;
    }

    /** With the JVM-wide detector of {@code mode}. */
    public static LanguageIdentifier create(AccuracyMode mode, LanguageSettings settings) {
        return new LanguageIdentifier(LinguaDetectors.shared(mode), settings);
    }

    public LanguageTag identify(String text) {
        if (text == null || countLetters(text) == 0) {
            return new LanguageTag(LanguageTag.UNDETERMINED, 0.0, List.of(), List.of());
        }
        String sample = cut(text, settings.maxChars());
        Verdict verdict = judge(sample);
        List<LanguageScore> shares = sentenceShares(text);
        if (shares.isEmpty() && !verdict.code().equals(LanguageTag.UNDETERMINED)) {
            shares = List.of(new LanguageScore(verdict.code(), 1.0));
        }
        return new LanguageTag(verdict.code(), round(verdict.confidence()), verdict.alternatives(), shares);
    }

    private record Verdict(String code, double confidence, List<LanguageScore> alternatives) {
    }

    private Verdict judge(String text) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return new Verdict(LanguageTag.UNDETERMINED, 0.0, List.of());
        }
        Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
        Language best = ranked.next().getKey();
        double runnerUp = 0.0;
        List<LanguageScore> alternatives = new ArrayList<>();
        while (ranked.hasNext() && alternatives.size() < settings.maxAlternatives()) {
            Map.Entry<Language, Double> next = ranked.next();
            if (alternatives.isEmpty()) {
                runnerUp = next.getValue();
            }
            alternatives.add(new LanguageScore(isoCode(next.getKey()), round(clamp(next.getValue()))));
        }
        double lengthFactor = Math.max(1.0, (double) countLetters(text) / settings.referenceLetters());
        double confidence = clamp((1.0 - runnerUp) / settings.confidentDistance() * lengthFactor);
        String code = confidence < settings.undThreshold() ? LanguageTag.UNDETERMINED : isoCode(best);
        return new Verdict(code, confidence, alternatives);
    }

    /**
     * Share of sentences per language, counting only sentences long and clear enough to judge. Long texts are
     * sampled: at most {@link LanguageSettings#maxShareSentences()} sentences spread evenly over the text,
     * each cut to {@link LanguageSettings#maxSentenceChars()}, so the cost per article stays bounded.
     */
    private List<LanguageScore> sentenceShares(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        sentences.setText(text);
        List<String> candidates = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end);
            if (countLetters(sentence) >= settings.minSentenceLetters()) {
                candidates.add(sentence);
            }
        }
        int sampleSize = Math.min(candidates.size(), settings.maxShareSentences());
        Map<String, Integer> counts = new LinkedHashMap<>();
        int judged = 0;
        for (int i = 0; i < sampleSize; i++) {
            String sentence = candidates.get((int) ((long) i * candidates.size() / sampleSize));
            Verdict verdict = judge(cut(sentence, settings.maxSentenceChars()));
            if (verdict.code().equals(LanguageTag.UNDETERMINED)) {
                continue;
            }
            counts.merge(verdict.code(), 1, Integer::sum);
            judged++;
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

    private static int countLetters(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}

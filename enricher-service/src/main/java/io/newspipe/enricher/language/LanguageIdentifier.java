package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newspipe.contract.EnrichedArticle.LanguageScore;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

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
 *
 * <p>The whole-text verdict always weighs every language, and so does the last sampled sentence of the shares.
 * The other sampled sentences are judged by a detector restricted to the top languages of those two verdicts
 * (Lingua's cost grows with the number of candidates; a sentence of a mixed text is in one of the languages
 * seen at its start or its end far more often than not). A sampled sentence that is the whole-text sample
 * itself reuses its verdict.
 */
public final class LanguageIdentifier {

    private final LanguageDetector detector;
    private final Function<Set<Language>, LanguageDetector> shareDetectors;
    private final LanguageSettings settings;

    /** Judges the sentences of the shares with {@code detector} too. */
    public LanguageIdentifier(LanguageDetector detector, LanguageSettings settings) {
        this(detector, candidates -> detector, settings);
    }

    /**
     * @param shareDetectors a detector choosing among the given candidates (two or more top languages of the
     *                       whole-text and the last sentence's verdicts), used for the other sentences of the shares
     */
    public LanguageIdentifier(LanguageDetector detector, Function<Set<Language>, LanguageDetector> shareDetectors,
                              LanguageSettings settings) {
        this.detector = detector;
        this.shareDetectors = shareDetectors;
        this.settings = settings;
    }

    /** With the JVM-wide detector of {@code mode}, and cached detectors restricted to the runner-ups for the shares. */
    public static LanguageIdentifier create(AccuracyMode mode, LanguageSettings settings) {
        return new LanguageIdentifier(LinguaDetectors.shared(mode), candidates -> LinguaDetectors.restricted(mode, candidates), settings);
    }

    public LanguageTag identify(String text) {
        if (text == null || countLetters(text) == 0) {
            return new LanguageTag(LanguageTag.UNDETERMINED, 0.0, List.of(), List.of());
        }
        String sample = cut(text, settings.maxChars());
        Verdict verdict = judge(detector, sample);
        List<LanguageScore> shares = sentenceShares(text, sample, verdict);
        if (shares.isEmpty() && !verdict.code().equals(LanguageTag.UNDETERMINED)) {
            shares = List.of(new LanguageScore(verdict.code(), 1.0));
        }
        return new LanguageTag(verdict.code(), round(verdict.confidence()), verdict.alternatives(), shares);
    }

    /** @param ranked the best language and the runner-ups behind the alternatives, best first */
    private record Verdict(String code, double confidence, List<LanguageScore> alternatives, List<Language> ranked) {
    }

    private Verdict judge(LanguageDetector judge, String text) {
        SortedMap<Language, Double> values = judge.computeLanguageConfidenceValues(text);
        if (values.isEmpty()) {
            return new Verdict(LanguageTag.UNDETERMINED, 0.0, List.of(), List.of());
        }
        List<Language> top = new ArrayList<>(settings.maxAlternatives() + 1);
        Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
        Language best = ranked.next().getKey();
        top.add(best);
        double runnerUp = 0.0;
        List<LanguageScore> alternatives = new ArrayList<>();
        while (ranked.hasNext() && alternatives.size() < settings.maxAlternatives()) {
            Map.Entry<Language, Double> next = ranked.next();
            if (alternatives.isEmpty()) {
                runnerUp = next.getValue();
            }
            alternatives.add(new LanguageScore(isoCode(next.getKey()), round(clamp(next.getValue()))));
            top.add(next.getKey());
        }
        double lengthFactor = Math.max(1.0, (double) countLetters(text) / settings.referenceLetters());
        double confidence = clamp((1.0 - runnerUp) / settings.confidentDistance() * lengthFactor);
        String code = confidence < settings.undThreshold() ? LanguageTag.UNDETERMINED : isoCode(best);
        return new Verdict(code, confidence, alternatives, top);
    }

    /**
     * Share of sentences per language, counting only sentences long and clear enough to judge. Long texts are
     * sampled: at most {@link LanguageSettings#maxShareSentences()} sentences spread evenly over the text,
     * each cut to {@link LanguageSettings#maxSentenceChars()}, so the cost per article stays bounded.
     */
    private List<LanguageScore> sentenceShares(String text, String wholeSample, Verdict whole) {
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
        List<String> sampled = new ArrayList<>(sampleSize);
        for (int i = 0; i < sampleSize; i++) {
            sampled.add(cut(candidates.get((int) ((long) i * candidates.size() / sampleSize)), settings.maxSentenceChars()));
        }
        Verdict[] verdicts = new Verdict[sampleSize];
        if (sampleSize > 0) {
            // The last sampled sentence lies farthest from the whole-text sample: judged against every language,
            // it brings a language the opening does not show (an English second half) into the candidates.
            int last = sampleSize - 1;
            verdicts[last] = judgeSentence(detector, sampled.get(last), wholeSample, whole);
            Set<Language> shareCandidates = EnumSet.noneOf(Language.class);
            shareCandidates.addAll(whole.ranked());
            shareCandidates.addAll(verdicts[last].ranked());
            LanguageDetector restricted = shareCandidates.size() < 2 ? detector : shareDetectors.apply(shareCandidates);
            for (int i = 0; i < last; i++) {
                verdicts[i] = judgeSentence(restricted, sampled.get(i), wholeSample, whole);
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int judged = 0;
        for (Verdict verdict : verdicts) {
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

    /** A sentence that is the whole-text sample itself keeps that verdict. */
    private Verdict judgeSentence(LanguageDetector judge, String sentence, String wholeSample, Verdict whole) {
        return sentence.equals(wholeSample) ? whole : judge(judge, sentence);
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

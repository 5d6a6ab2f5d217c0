package io.newspipe.enricher.pipeline;

import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageSettings;
import io.newspipe.enricher.entity.LinkingSettings;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enricher ({@code newspipe.enricher.*}, env {@code NEWSPIPE_ENRICHER_*}).
 *
 * @param accuracy           Lingua mode: LOW (trigrams, ~100 MB, default) or HIGH (all n-grams, ~1 GB heap, better on short text)
 * @param undThreshold       language confidence below which the code is {@code und}
 * @param confidentDistance  Lingua relative distance between best and second language that counts as confidence 1
 * @param maxAlternatives    runner-up languages reported
 * @param minSentenceLetters shorter sentences are left out of the per-sentence language shares
 * @param maxLanguageChars   leading characters used for the whole-text language decision
 * @param languageReferenceLetters texts longer than this many letters earn proportionally more language confidence
 * @param maxShareSentences  sentences (spread over the text) judged for the per-sentence language shares
 * @param maxShareSentenceChars a sentence judged for the shares is cut to this many characters
 * @param judgedLanguages    languages Lingua weighs for the whole-text verdict (the top of a ranking of all languages)
 * @param gazetteerPath      optional TSV file (format of {@code enricher/gazetteer.tsv}) extending or overriding the built-in gazetteer
 * @param linkThreshold      Jaro–Winkler similarity a fuzzy gazetteer link needs
 * @param minFuzzyLetters    names with fewer letters link exactly only
 */
@ConfigurationProperties("newspipe.enricher")
public record EnricherProperties(
        @DefaultValue("LOW") AccuracyMode accuracy,
        @DefaultValue("0.4") double undThreshold,
        @DefaultValue("0.25") double confidentDistance,
        @DefaultValue("3") int maxAlternatives,
        @DefaultValue("25") int minSentenceLetters,
        @DefaultValue("300") int maxLanguageChars,
        @DefaultValue("100") int languageReferenceLetters,
        @DefaultValue("4") int maxShareSentences,
        @DefaultValue("120") int maxShareSentenceChars,
        @DefaultValue("5") int judgedLanguages,
        Path gazetteerPath,
        @DefaultValue("0.92") double linkThreshold,
        @DefaultValue("6") int minFuzzyLetters) {

    public LanguageSettings languageSettings() {
        return new LanguageSettings(undThreshold, confidentDistance, maxAlternatives, minSentenceLetters, maxLanguageChars,
                languageReferenceLetters, maxShareSentences, maxShareSentenceChars, judgedLanguages);
    }

    public LinkingSettings linkingSettings() {
        return new LinkingSettings(linkThreshold, minFuzzyLetters);
    }
}

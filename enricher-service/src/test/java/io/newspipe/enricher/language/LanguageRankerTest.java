package io.newspipe.enricher.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newspipe.enricher.eval.LanguageHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageRankerTest {

    private final LanguageRanker ranker = LinguaDetectors.ranker();

    @Test
    void cleansTextAsLinguaDoes() {
        assertThat(LanguageRanker.clean("  Rusya'nın 2024'te, \"U.S.\"  —  İstanbul\u00A0ve\tMinsk! ")).isEqualTo("rusyanın te us i̇stanbul ve minsk");
    }

    @Test
    void ranksEveryLanguageThatKnowsTheTextBestFirstWithRelativeValues() {
        List<LanguageRanker.Ranked> ranked = ranker.rank("Hükümet, enflasyonla mücadele kapsamında yeni bir ekonomik paket açıkladı.");
        assertThat(ranked.get(0)).isEqualTo(new LanguageRanker.Ranked(Language.TURKISH, 1.0));
        assertThat(ranked).hasSizeGreaterThan(20);
        assertThat(ranked).extracting(LanguageRanker.Ranked::value).isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(v -> assertThat(v).isGreaterThan(0.0).isLessThanOrEqualTo(1.0));
    }

    @Test
    void languagesThatCannotWriteTheTextRankLowOrNotAtAll() {
        List<LanguageRanker.Ranked> greek = ranker.rank("Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη των νοικοκυριών.");
        assertThat(greek.get(0).language()).isEqualTo(Language.GREEK);
        assertThat(greek.subList(1, greek.size())).allSatisfy(other -> assertThat(other.value()).isLessThan(0.5));
        // A Latin-script language that knows the few Latin words must not outrank Russian on a Russian text.
        List<LanguageRanker.Ranked> russian = ranker.rank("Правительство объявило о новых мерах поддержки бизнеса в Europe Union.");
        assertThat(russian.get(0).language()).isEqualTo(Language.RUSSIAN);
        assertThat(ranker.rank("12345 !!! --")).isEmpty();
        assertThat(ranker.rank("ab")).isEmpty();
    }

    @Test
    void agreesWithLinguaOnTheBestLanguageOfEveryHarnessSentence() {
        LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
        int sentences = 0;
        for (Map.Entry<String, List<String>> language : LanguageHarness.sentences().entrySet()) {
            for (String sentence : language.getValue()) {
                var values = lingua.computeLanguageConfidenceValues(sentence);
                if (values.isEmpty()) {
                    continue; // Lingua finds no trigram of letters (Devanagari vowel signs are marks, not letters)
                }
                Language linguaBest = values.firstKey();
                assertThat(ranker.rank(sentence).get(0).language()).as(sentence).isEqualTo(linguaBest);
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThanOrEqualTo(250);
        assertThat(ranker.size()).isGreaterThan(250_000);
    }
}

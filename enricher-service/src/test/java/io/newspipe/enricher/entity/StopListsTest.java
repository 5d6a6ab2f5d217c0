package io.newspipe.enricher.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.enricher.TestEnrichers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stop lists beyond English and Turkish (generated from Apache Lucene's, see data-sources/). */
class StopListsTest {

    private final RecognizerRules rules = RecognizerRules.fromClasspath();
    private final EntityRecognizer recognizer = TestEnrichers.recognizer();

    @Test
    void manyLanguagesHaveTheirOwnList() {
        for (String language : List.of("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "hu", "ru", "ro", "cs", "el", "ar", "fa", "id")) {
            assertThat(rules.stopwords(language)).as(language).hasSizeGreaterThan(40).isNotEqualTo(rules.stopwords("en"));
        }
        assertThat(rules.stopwords("fr")).contains("les", "des", "une");
        assertThat(rules.stopwords("de")).contains("die", "der", "und");
    }

    @Test
    void aTextOfUnknownLanguageGetsTheTunedLanguagesListsNotEveryList() {
        assertThat(rules.stopwords(null)).containsAll(rules.stopwords("en")).containsAll(rules.stopwords("tr"));
        // "van" and "de" are function words in Dutch and French and parts of names elsewhere.
        assertThat(rules.stopwords(null)).doesNotContain("van", "des");
        assertThat(rules.stopwords("pl")).isEqualTo(rules.stopwords(null));
    }

    @Test
    void aCapitalisedSentenceOpenerOfTheTextsLanguageIsNoName() {
        List<Entity> french = recognizer.recognize(
                "Les négociateurs des deux pays se sont réunis à Genève pour un troisième cycle de discussions.", null, "fr");
        assertThat(french).extracting(e -> e.mentions().get(0).text()).containsExactly("Genève");
        List<Entity> spanish = recognizer.recognize("Los científicos advirtieron de que la ola de calor podría dañar las cosechas.", null, "es");
        assertThat(spanish).isEmpty();
    }
}

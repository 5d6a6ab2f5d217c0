package io.newspipe.enricher.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle.LanguageScore;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = LanguageIdentifier.create(AccuracyMode.LOW, LanguageSettings.DEFAULTS);

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("de", "Der Bundestag hat am Donnerstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen."),
            Map.entry("fr", "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse."),
            Map.entry("es", "El presidente del gobierno se reunió ayer con los líderes de la oposición para discutir el presupuesto."),
            Map.entry("it", "Il consiglio comunale ha approvato il nuovo piano per il traffico nel centro storico della città."),
            Map.entry("pt", "O governo brasileiro anunciou nesta segunda-feira um novo pacote de medidas econômicas para o país."),
            Map.entry("nl", "De gemeenteraad heeft gisteren besloten om het nieuwe zwembad in het centrum toch niet te bouwen."),
            Map.entry("ru", "Правительство объявило о новых мерах поддержки малого бизнеса в условиях экономического кризиса."),
            Map.entry("pl", "Rząd ogłosił w środę nowy program wsparcia dla rodzin z dziećmi oraz dla emerytów."),
            Map.entry("tr", "Hükümet, enflasyonla mücadele kapsamında yeni bir ekonomik paket açıkladı."),
            Map.entry("en", "The central bank raised interest rates for the third time this year to curb inflation."),
            Map.entry("sv", "Regeringen presenterade på tisdagen en ny budget med satsningar på skolan och vården."),
            Map.entry("el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στήριξη των νοικοκυριών που πλήττονται από την ακρίβεια."));

    @Test
    void labelsSentencesOfManyLanguages() {
        SENTENCES.forEach((code, sentence) -> {
            LanguageTag tag = identifier.identify(sentence);
            assertThat(tag.code()).as(sentence).isEqualTo(code);
            assertThat(tag.confidence()).as(sentence).isBetween(LanguageSettings.DEFAULTS.undThreshold(), 1.0);
            assertThat(tag.shares()).extracting(LanguageScore::code).as(sentence).containsExactly(code);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdkj qwpoe zxmcnv lkjqwe", "qwrtp zxcvb mnbvc lkjhg poiuy", "hjkl fdsa trewq ytrewq bvcxz",
            "zzzz kkkk xxxx qqqq", "kjdhf ksjdhf wueyr iuwyer mnbsd", "12345 67 !!! ---", "", "   "})
    void gibberishIsUndetermined(String text) {
        LanguageTag tag = identifier.identify(text);
        assertThat(tag.code()).isEqualTo(LanguageTag.UNDETERMINED);
        assertThat(tag.confidence()).isLessThan(LanguageSettings.DEFAULTS.undThreshold());
        assertThat(tag.shares()).isEmpty();
    }

    @Test
    void reportsAlternativesAndSharesOfMixedText() {
        String mixed = SENTENCES.get("en") + " " + SENTENCES.get("de") + " " + SENTENCES.get("fr") + " "
                + "The government said the new rules would take effect next month across the whole country.";
        LanguageTag tag = identifier.identify(mixed);
        // The whole text may well be "und" (it is no single language); the shares say what it is made of.
        assertThat(tag.alternatives()).hasSize(LanguageSettings.DEFAULTS.maxAlternatives())
                .allSatisfy(a -> assertThat(a.value()).isBetween(0.0, 1.0));
        assertThat(tag.shares()).extracting(LanguageScore::code).containsExactlyInAnyOrder("en", "de", "fr");
        assertThat(tag.shares().get(0)).isEqualTo(new LanguageScore("en", 0.5));
        assertThat(tag.shares().stream().mapToDouble(LanguageScore::value).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void aLanguageThatAppearsOnlyAfterTheWholeTextSampleStillCountsInTheShares() {
        // The whole-text verdict reads the first 300 characters (Turkish only); the English second half must
        // still show in the shares, whose sentences are judged against every language.
        Map<String, List<String>> sentences = io.newspipe.enricher.eval.LanguageHarness.sentences();
        List<String> mixed = new java.util.ArrayList<>(sentences.get("tr").subList(0, 6));
        mixed.addAll(sentences.get("en").subList(0, 4));
        String text = String.join(" ", mixed);
        assertThat(text.indexOf(sentences.get("en").get(0))).isGreaterThan(LanguageSettings.DEFAULTS.maxChars());
        LanguageTag tag = identifier.identify(text);
        assertThat(tag.code()).isEqualTo("tr");
        assertThat(tag.shares()).extracting(LanguageScore::code).containsExactly("tr", "en");
    }

    @Test
    void namesInsideASentenceDoNotDecideItsLanguage() {
        // Read with its names, the English sentence looks Norwegian to n-gram models and came out und.
        String mixed = "Belarus Cumhurbaşkanı Lukaşenko, Minsk’te Rusya Devlet Başkanı Putin ile görüştü.\n\n"
                + "Lukashenka told reporters in Minsk that Belarus would host the Iskander-M.";
        assertThat(identifier.identify(mixed).shares()).extracting(LanguageScore::code).containsExactlyInAnyOrder("tr", "en");
        assertThat(LanguageIdentifier.withoutNames("Lukashenka told reporters in Minsk that Belarus would host the Iskander-M."))
                .isEqualTo("Lukashenka told reporters in  that  would host the ");
        // Mostly capitalised (a German noun phrase, a headline): kept whole
        assertThat(LanguageIdentifier.withoutNames("Neue Regeln für Banken Und Versicherungen")).isEqualTo("Neue Regeln für Banken Und Versicherungen");
    }

    @Test
    void restrictedDetectorsAreCachedPerLanguageSet() {
        var turkishOrEnglish = java.util.EnumSet.of(com.github.pemistahl.lingua.api.Language.TURKISH,
                com.github.pemistahl.lingua.api.Language.ENGLISH);
        assertThat(LinguaDetectors.restricted(AccuracyMode.LOW, turkishOrEnglish))
                .isSameAs(LinguaDetectors.restricted(AccuracyMode.LOW, java.util.Set.copyOf(turkishOrEnglish)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinguaDetectors.restricted(AccuracyMode.LOW,
                java.util.Set.of(com.github.pemistahl.lingua.api.Language.TURKISH))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThresholdIsConfigurable() {
        LanguageIdentifier strict = LanguageIdentifier.create(AccuracyMode.LOW, new LanguageSettings(1.0, 0.9, 3, 25, 20_000));
        assertThat(strict.identify(SENTENCES.get("en")).code()).isEqualTo(LanguageTag.UNDETERMINED);
    }
}

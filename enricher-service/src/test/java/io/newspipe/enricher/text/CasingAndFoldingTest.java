package io.newspipe.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasingAndFoldingTest {

    @Test
    void turkishCasingOfDottedAndDotlessI() {
        assertThat(Casing.lower("İstanbul")).isEqualTo("istanbul");
        assertThat(Casing.lower("ISPARTA")).isEqualTo("ısparta");
        assertThat(Casing.upper("ılık")).isEqualTo("ILIK");
        assertThat(Casing.upper("istanbul")).isEqualTo("İSTANBUL");
        assertThat(Casing.isCapitalised("İstanbul")).isTrue();
        assertThat(Casing.isCapitalised("ılık")).isFalse();
        assertThat(Casing.isAllUpper("ABD", 2)).isTrue();
        assertThat(Casing.isAllUpper("Abd", 2)).isFalse();
    }

    @Test
    void foldsTurkishLettersByTransliterationConvention() {
        assertThat(Folding.fold("Lukaşenko")).isEqualTo("lukashenko");
        assertThat(Folding.fold("Çavuşoğlu")).isEqualTo("chavushoglu");
        assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(Folding.fold("ISPARTA")).isEqualTo("isparta");
        assertThat(Folding.fold("ılık")).isEqualTo("ilik");
        assertThat(Folding.fold("Gürcistan Ölüdeniz")).isEqualTo("gurcistan oludeniz");
    }

    @Test
    void foldsOtherScriptsAndAccentsToAscii() {
        assertThat(Folding.fold("Лукашенко")).isEqualTo("lukashenko");
        assertThat(Folding.fold("Путин")).isEqualTo("putin");
        assertThat(Folding.fold("Genève")).isEqualTo("geneve");
        assertThat(Folding.fold("Mińsk")).isEqualTo("minsk");
    }

    @Test
    void keysIgnorePunctuationAndSpacing() {
        assertThat(Folding.key("St. Petersburg")).isEqualTo(Folding.key("St  Petersburg")).isEqualTo("st-petersburg");
        assertThat(Folding.key("S-400")).isEqualTo("s-400");
        assertThat(Folding.key("“Iskandar-M”")).isEqualTo("iskandar-m");
        assertThat(Folding.letters("iskandar-m")).isEqualTo("iskandarm");
        assertThat(Folding.key("")).isEmpty();
    }
}

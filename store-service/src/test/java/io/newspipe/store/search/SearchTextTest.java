package io.newspipe.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void splitsApostropheSuffixesOffSoTheBareNameIsAWord() {
        assertThat(SearchText.normalise("İskender'i Minsk’te Belarus`a ABD\u02bcnin")).isEqualTo("iskender i minsk te belarus a abd nin");
    }

    @Test
    void lowerCasesTheDottedCapitalIWithoutACombiningDot() {
        assertThat(SearchText.normalise("İSKENDER İskender")).isEqualTo("iskender iskender");
        assertThat(SearchText.normalise("Işık ılık")).isEqualTo("işık ılık");
    }

    @Test
    void keepsApostrophesThatAreNotBetweenLetters() {
        assertThat(SearchText.normalise("'quoted' rock 'n' roll 90's")).isEqualTo("'quoted' rock 'n' roll 90's");
    }

    @Test
    void wordsOfAQueryAreDistinctAndNormalised() {
        assertThat(SearchText.words("  İskender'i, S-400 iskender!  ")).containsExactly("iskender", "i", "s", "400");
        assertThat(SearchText.words("?!")).isEmpty();
    }

    @Test
    void anArticleIsItsTitleAndText() {
        assertThat(SearchText.ofArticle("Başlık", "Metin")).isEqualTo("başlık\nmetin");
        assertThat(SearchText.ofArticle(null, "Metin")).isEqualTo("metin");
    }
}

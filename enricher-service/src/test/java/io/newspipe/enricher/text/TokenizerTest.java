package io.newspipe.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(Set.of("st", "dr"));

    @Test
    void turkishSuffixAfterApostropheStaysWithTheWordButNotWithTheStem() {
        String text = "Rusya'nın Minsk’te Lukaşenko’nun ABD’nin Belarus’a";
        List<Token> tokens = tokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text)
                .containsExactly("Rusya'nın", "Minsk’te", "Lukaşenko’nun", "ABD’nin", "Belarus’a");
        assertThat(tokens).extracting(Token::stem).containsExactly("Rusya", "Minsk", "Lukaşenko", "ABD", "Belarus");
        assertThat(tokens).allMatch(Token::hasSuffix);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(text.substring(t.start(), t.stemEnd())).isEqualTo(t.stem());
        }
    }

    @Test
    void anElidedArticleBeforeACapitalIsAWordOfItsOwn() {
        List<Token> tokens = tokenizer.tokenize("L'Union a saisi l'Assemblée nationale et la Banca d'Italia. O'Brien et D'Alema aussi.");
        assertThat(tokens).extracting(Token::text).containsExactly("L'", "Union", "a", "saisi", "l'", "Assemblée", "nationale",
                "et", "la", "Banca", "d'", "Italia", "O'Brien", "et", "D'Alema", "aussi");
        Token assemblee = tokens.get(5);
        assertThat(assemblee.joinedToPrevious()).isTrue();
        assertThat(assemblee.sentenceInitial()).isFalse();
        assertThat(assemblee.hasSuffix()).isFalse();
        // Turkish suffixes stay on the name
        assertThat(tokenizer.tokenize("Rusya'nın").get(0).stem()).isEqualTo("Rusya");
    }

    @Test
    void theWordAfterADatelinesDashOpensTheStoryButAMatchsDashDoesNot() {
        List<Token> dateline = tokenizer.tokenize("KOCAELİ (DHA) - Uzun bir aradan sonra dönen takım\nNEW YORK (AP) — Walt Disney agreed");
        assertThat(dateline.get(2).text()).isEqualTo("Uzun");
        assertThat(dateline.get(2).sentenceInitial()).isTrue();
        assertThat(dateline.stream().filter(t -> t.text().equals("Walt")).findFirst().orElseThrow().sentenceInitial()).isTrue();
        List<Token> match = tokenizer.tokenize("Dün oynanan Kocaelispor - Sakaryaspor maçı berabere bitti.");
        assertThat(match.get(3).text()).isEqualTo("Sakaryaspor");
        assertThat(match.get(3).sentenceInitial()).isFalse();
    }

    @Test
    void quotesAndCapitalAfterApostropheAreNotSuffixes() {
        List<Token> tokens = tokenizer.tokenize("the ‘Iskandar’ system, O'Brien said");
        assertThat(tokens).extracting(Token::text).containsExactly("the", "Iskandar", "system", "O'Brien", "said");
        assertThat(tokens.get(3).hasSuffix()).isFalse();
    }

    @Test
    void dottedAcronymsAreOneTokenAndTheirPeriodEndsNoSentence() {
        List<Token> tokens = tokenizer.tokenize("The U.S. Army and the U.K. met. J. K. Rowling wrote.");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("The", "U.S", "Army", "and", "the", "U.K", "met", "J", "K", "Rowling", "wrote");
        assertThat(tokens.get(2).sentenceInitial()).isFalse();
        assertThat(tokens.get(2).joinedToPrevious()).isTrue();
    }

    @Test
    void anAmpersandBetweenCapitalsJoinsOneName() {
        List<Token> tokens = tokenizer.tokenize("AT&T's deal, S&P Global and R&D; Marks & Spencer, rock&roll.");
        assertThat(tokens).extracting(Token::text)
                .containsExactly("AT&T's", "deal", "S&P", "Global", "and", "R&D", "Marks", "Spencer", "rock", "roll");
        assertThat(tokens.get(0).stem()).isEqualTo("AT&T");
    }

    @Test
    void hyphensAndDigitsStayInsideDesignators() {
        assertThat(tokenizer.tokenize("S-400 and Iskander-M, not - this"))
                .extracting(Token::text).containsExactly("S-400", "and", "Iskander-M", "not", "this");
    }

    @Test
    void knowsSentenceStartsAndPlainSpaceJoins() {
        List<Token> tokens = tokenizer.tokenize("He met Putin. Then in St. Petersburg\n\nNew paragraph, \"Quoted words\" here");
        assertThat(tokens).extracting(Token::text).containsExactly(
                "He", "met", "Putin", "Then", "in", "St", "Petersburg", "New", "paragraph", "Quoted", "words", "here");
        assertThat(tokens).extracting(Token::sentenceInitial).containsExactly(
                true, false, false, true, false, false, false, true, false, true, false, false);
        assertThat(tokens.get(6).joinedToPrevious()).as("St. Petersburg").isTrue();
        assertThat(tokens.get(3).joinedToPrevious()).as("after a full stop").isFalse();
        assertThat(tokens.get(7).joinedToPrevious()).as("after a paragraph break").isFalse();
    }

    @Test
    void aQuoteThatClosesAfterACommaStartsNoSentence() {
        List<Token> tokens = tokenizer.tokenize("\"It was fair,\" Reeves said, \"and we won.\"");
        assertThat(tokens).extracting(Token::text).containsExactly("It", "was", "fair", "Reeves", "said", "and", "we", "won");
        assertThat(tokens).extracting(Token::sentenceInitial).containsExactly(true, false, false, false, false, true, false, false);
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(null)).isEmpty();
        assertThat(tokenizer.tokenize(" ,.;’ ")).isEmpty();
    }
}

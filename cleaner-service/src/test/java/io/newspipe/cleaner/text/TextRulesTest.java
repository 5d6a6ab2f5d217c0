package io.newspipe.cleaner.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.Removal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private final TextRules rules = new TextRules(PhraseLists.defaults(), 80, 8, 250);

    private record Cleaned(String title, List<String> paragraphs, List<Removal> removed) {
    }

    private Cleaned clean(String... blocks) {
        return clean(rules, blocks);
    }

    private static Cleaned clean(TextRules rules, String... blocks) {
        RemovalLog log = new RemovalLog(50);
        TextDocument doc = new TextDocument(log);
        PlainTextSplitter.split(String.join("\n\n", blocks), doc);
        rules.cleanPlainText(doc);
        return new Cleaned(doc.title(), doc.paragraphs(), log.entries());
    }

    private static final String DE_BODY_1 = "Der Bundestag hat am Donnerstag das neue Klimagesetz beschlossen, nachdem die "
            + "Koalition wochenlang über die Details der Emissionsziele verhandelt hatte.";
    private static final String DE_BODY_2 = "Die Opposition kritisierte das Klimagesetz als unzureichend, während Verbände "
            + "der Industrie vor steigenden Energiepreisen und Belastungen für den Mittelstand warnten.";

    @Test
    void injectedSpamBeforeTheHeadlineGoesInAnyLanguage() {
        Cleaned c = clean("Billige Sonnenbrillen online", "Bundestag beschließt Klimagesetz", DE_BODY_1, DE_BODY_2);
        assertThat(c.title()).isEqualTo("Bundestag beschließt Klimagesetz");
        assertThat(c.paragraphs()).containsExactly(DE_BODY_1, DE_BODY_2);
        assertThat(c.removed()).extracting(Removal::rule, Removal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("injected-spam", "Billige Sonnenbrillen online"));
    }

    @Test
    void spamRuleNeverTouchesShortLinesInsideTheArticle() {
        Cleaned c = clean("Bundestag beschließt Klimagesetz", DE_BODY_1, "Günstige Sonnenbrillen", DE_BODY_2);
        assertThat(c.paragraphs()).containsExactly(DE_BODY_1, "Günstige Sonnenbrillen", DE_BODY_2);
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void spamRuleKeepsLeadingLinesThatShareVocabularyAndJudgesNothingOnAThinBody() {
        Cleaned c = clean("Klimagesetz: Reaktionen", "Bundestag beschließt Klimagesetz", DE_BODY_1, DE_BODY_2);
        assertThat(c.title()).isEqualTo("Klimagesetz: Reaktionen");
        assertThat(c.removed()).isEmpty();

        Cleaned thin = clean("Cheap watches", "Short title", "Too short a body to judge anything by at all, really.");
        assertThat(thin.title()).isEqualTo("Cheap watches");
    }

    @Test
    void commentFootersGoInEveryListedLanguageWithNumberingAndAnyCase() {
        Cleaned c = clean("Bundestag beschließt Klimagesetz", DE_BODY_1, DE_BODY_2,
                "  1. Keine Kommentare", "2) HENÜZ YORUM YAPILMAMIŞ.", "Aucun commentaire", "Комментариев пока нет",
                "لا توجد تعليقات", "Leave a Reply Cancel reply", "No trackbacks yet.", "Sin comentarios");
        assertThat(c.paragraphs()).containsExactly(DE_BODY_1, DE_BODY_2);
        assertThat(c.removed()).hasSize(8).extracting(Removal::rule).containsOnly("comment-footer");
    }

    @Test
    void headlineRepeatsAndCaptionsGoButTheTitleStays() {
        String title = "El Gobierno aprueba la reforma de las pensiones";
        String body = "El Consejo de Ministros aprobó este martes la reforma de las pensiones, que eleva las cotizaciones "
                + "de los salarios más altos y garantiza la revalorización con el IPC.";
        Cleaned c = clean(title, body, "EL GOBIERNO APRUEBA LA REFORMA DE LAS PENSIONES", "Foto: El Gobierno aprueba la reforma de las pensiones (EFE)", body + " Fin.");
        assertThat(c.title()).isEqualTo(title);
        assertThat(c.paragraphs()).containsExactly(body, body + " Fin.");
        assertThat(c.removed()).extracting(Removal::rule).containsExactly("headline-repeat", "headline-repeat");
    }

    @Test
    void shareBarsRelatedBlocksAndReadMoreLinksGo() {
        Cleaned c = clean("Bundestag beschließt Klimagesetz", DE_BODY_1,
                "Facebook Twitter WhatsApp E-Mail", "Artikel teilen", "Читать далее", "Devamını oku: Meclis yeni yasayı kabul etti",
                DE_BODY_2, "Ähnliche Artikel", "Regierung plant Tempolimit", "Heizungsgesetz im Überblick", "Partager cet article");
        assertThat(c.paragraphs()).containsExactly(DE_BODY_1, DE_BODY_2);
        assertThat(c.removed()).extracting(Removal::rule).containsExactly(
                "share-bar", "share-bar", "share-bar", "related-links", "related-links", "related-links", "read-more", "read-more");
    }

    @Test
    void quotedSubheadingsAndProseStartingWithAPhraseStay() {
        String sub = "\"Savaş kabiliyetinin artırılmasında anlaştık\"";
        String prose = "Share prices rose sharply on Monday after the central bank signalled that interest rates would stay on hold.";
        Cleaned c = clean("Markets rally on rate hopes", prose, sub, prose);
        assertThat(c.removed()).isEmpty();
        assertThat(c.paragraphs()).containsExactly(prose, sub, prose);
    }

    @Test
    void phraseListsCanBeReplaced() throws IOException {
        PhraseLists custom = PhraseLists.parse(new ByteArrayInputStream(
                "[comment-footer]\nsay something nice\n".getBytes(StandardCharsets.UTF_8)));
        TextRules customRules = new TextRules(custom, 80, 8, 250);
        Cleaned c = clean(customRules, "Klimagesetz beschlossen", DE_BODY_1, "Say something nice!", "No comments yet.");
        assertThat(c.paragraphs()).containsExactly(DE_BODY_1, "No comments yet.");
        assertThat(c.removed()).extracting(Removal::rule).containsExactly("comment-footer");
    }

    @Test
    void foldingTreatsTurkishDottedAndDotlessIAsOneLetter() {
        assertThat(TextFolding.fold("İSKENDER")).isEqualTo(TextFolding.fold("iskender"));
        assertThat(TextFolding.fold("YAPILMAMIŞ")).isEqualTo(TextFolding.fold("yapılmamış"));
        assertThat(TextFolding.fold("Straße")).isEqualTo("strasse");
    }

    @Test
    void removalLogIsBoundedButCountsEverything() {
        RemovalLog log = new RemovalLog(3);
        for (int i = 0; i < 10; i++) {
            log.add(i % 2 == 0 ? "a" : "b", "why", "text " + i);
        }
        assertThat(log.entries()).hasSize(5);
        assertThat(log.counts()).containsEntry("a", 5).containsEntry("b", 5);
    }
}

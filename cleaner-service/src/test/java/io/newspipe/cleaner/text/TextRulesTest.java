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

    private static final String EN_BODY_1 = "The city council approved a budget on Tuesday night that cuts road spending, raises "
            + "school funding and adds three bus lines for the outer districts.";
    private static final String EN_BODY_2 = "The opposition called the budget dishonest, while the mayor defended choices that, "
            + "he said, protect public services without raising local taxes this year.";

    private record WithByline(Cleaned cleaned, String byline) {
    }

    private static WithByline cleanWithByline(String... blocks) {
        RemovalLog log = new RemovalLog(50);
        TextDocument doc = new TextDocument(log);
        PlainTextSplitter.split(String.join("\n\n", blocks), doc);
        new TextRules(PhraseLists.defaults(), 80, 8, 250).cleanPlainText(doc);
        return new WithByline(new Cleaned(doc.title(), doc.paragraphs(), log.entries()), doc.byline());
    }

    @Test
    void aBylineLineNearTheTopLeavesTheBodyAndBecomesTheByline() {
        WithByline en = cleanWithByline("Council passes budget", "By Maria Santos", EN_BODY_1, EN_BODY_2);
        assertThat(en.byline()).isEqualTo("Maria Santos");
        assertThat(en.cleaned().title()).isEqualTo("Council passes budget");
        assertThat(en.cleaned().paragraphs()).containsExactly(EN_BODY_1, EN_BODY_2);
        assertThat(en.cleaned().removed()).extracting(Removal::rule, Removal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("byline", "By Maria Santos"));

        WithByline tr = cleanWithByline("Meclis bütçeyi kabul etti", "Yazan: Ahmet Yılmaz", EN_BODY_1, EN_BODY_2);
        assertThat(tr.byline()).isEqualTo("Ahmet Yılmaz");
        assertThat(tr.cleaned().paragraphs()).containsExactly(EN_BODY_1, EN_BODY_2);

        WithByline de = cleanWithByline("Bundestag beschließt Klimagesetz", "Von Anna Schmidt und Jonas van der Berg", DE_BODY_1, DE_BODY_2);
        assertThat(de.byline()).isEqualTo("Anna Schmidt und Jonas van der Berg");
        assertThat(de.cleaned().paragraphs()).containsExactly(DE_BODY_1, DE_BODY_2);

        WithByline fr = cleanWithByline("Le budget adopté", "Par Claire Martin", EN_BODY_1, "Par Claire Martin", EN_BODY_2);
        assertThat(fr.byline()).isEqualTo("Claire Martin");
        assertThat(fr.cleaned().paragraphs()).containsExactly(EN_BODY_1, EN_BODY_2); // its repeat further down goes too
    }

    @Test
    void linesThatMerelyStartWithABylinePhraseStay() {
        String[] notBylines = {"By the numbers", "By 2030, emissions must halve", "Von Anfang an dabei",
                "By Maria Santos, who covered the council for a decade, wrote it.", "Par ailleurs"};
        for (String line : notBylines) {
            WithByline c = cleanWithByline("Council passes budget", line, EN_BODY_1, EN_BODY_2);
            assertThat(c.byline()).as(line).isNull();
            assertThat(c.cleaned().removed()).as(line).extracting(Removal::rule).doesNotContain("byline");
        }
        // Far below the top, a "By ..." line is not the byline.
        WithByline late = cleanWithByline("Council passes budget", EN_BODY_1, EN_BODY_2, EN_BODY_1 + " Again.", EN_BODY_2 + " Again.",
                EN_BODY_1 + " Once more.", "By Maria Santos");
        assertThat(late.byline()).isNull();
        assertThat(late.cleaned().removed()).extracting(Removal::rule).doesNotContain("byline");
    }

    @Test
    void byPhrasesComeFromThePhraseFile() throws IOException {
        PhraseLists lists = PhraseLists.parse(new ByteArrayInputStream("[byline]\nreportage\n".getBytes(StandardCharsets.UTF_8)));
        RemovalLog log = new RemovalLog(50);
        TextDocument doc = new TextDocument(log);
        PlainTextSplitter.split(String.join("\n\n", "Council passes budget", "Reportage Maria Santos", "By John Doe", EN_BODY_1), doc);
        new TextRules(lists, 80, 8, 250).cleanPlainText(doc);
        assertThat(doc.byline()).isEqualTo("Maria Santos");
        assertThat(log.entries()).extracting(Removal::rule, Removal::text)
                .contains(org.assertj.core.groups.Tuple.tuple("byline", "Reportage Maria Santos"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("byline", "By John Doe"));
    }
}

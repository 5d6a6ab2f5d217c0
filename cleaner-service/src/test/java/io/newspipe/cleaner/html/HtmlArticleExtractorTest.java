package io.newspipe.cleaner.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Removal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String P1 = "Le conseil municipal a adopté mardi soir un budget qui réduit les dépenses de voirie, "
            + "augmente les crédits des écoles et prévoit de nouvelles lignes de bus pour les quartiers périphériques.";
    private static final String P2 = "L'opposition a dénoncé un budget « insincère », tandis que le maire a défendu des choix "
            + "qui, selon lui, protègent les services publics sans augmenter les impôts locaux cette année.";
    private static final String QUOTE = "« Nous avons fait le choix de l'école », a déclaré le maire devant la presse.";

    private final ArticleCleaner cleaner = ArticleCleaner.withDefaults(Clock.systemUTC());

    private static final String PAGE = """
            <!doctype html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <title>Le budget municipal adopté | La Gazette du Midi</title>
              <meta property="og:site_name" content="La Gazette du Midi">
              <meta property="og:image" content="https://gazette.example/img/budget.jpg">
              <meta name="description" content="Le conseil a voté le budget.">
              <link rel="canonical" href="https://gazette.example/politique/budget-adopte">
              <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Le budget municipal adopté",
                 "datePublished":"2024-03-05T18:30:00+01:00","author":[{"@type":"Person","name":"Claire Martin"}]}
              </script>
              <style>.x{color:red}</style>
            </head>
            <body>
              <div class="cookie-consent">Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser</div>
              <header class="site-header"><a href="/">La Gazette du Midi</a></header>
              <nav><ul><li><a href="/politique">Politique</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              <main>
                <article class="article">
                  <h1>Le budget municipal adopté</h1>
                  <p class="byline">Par Claire Martin</p>
                  <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Partager</a></div>
                  <p>%s</p>
                  <h2>Les écoles d'abord</h2>
                  <blockquote>%s</blockquote>
                  <ul><li>Écoles : 12 millions d'euros pour la rénovation thermique.</li><li>Bus : trois lignes nouvelles.</li></ul>
                  <p>%s</p>
                  <table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Voirie</td><td>4 M€</td></tr></table>
                  <p>Lire aussi</p>
                </article>
                <section class="related-articles"><h3>À lire aussi</h3>
                  <ul><li><a href="/a">Le maire répond à l'opposition</a></li><li><a href="/b">Les impôts locaux en 2024</a></li></ul></section>
                <section id="comments" class="comments"><h3>3 commentaires</h3>
                  <p>Encore un budget électoraliste, comme d'habitude, rien pour les retraités de notre commune.</p></section>
              </main>
              <aside class="sidebar"><h3>Les plus lus</h3><a href="/c">Un incendie</a></aside>
              <div class="newsletter-signup">Inscrivez-vous à notre newsletter</div>
              <footer>© 2024 La Gazette du Midi — Mentions légales</footer>
            </body>
            </html>
            """.formatted(P1, QUOTE, P2);

    private CleanArticle clean(String html) {
        return cleaner.clean(RawPage.of("https://gazette.example/politique/budget-adopte", "test", Instant.now(), "text/html",
                null, html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsTheArticleInReadingOrderAndDropsTheChrome() {
        CleanArticle a = clean(PAGE);
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.paragraphs()).containsSubsequence(P1, "Les écoles d'abord", QUOTE,
                "Écoles : 12 millions d'euros pour la rénovation thermique.", "Bus : trois lignes nouvelles.", P2);
        assertThat(a.paragraphs()).contains("Voirie", "4 M€");
        assertThat(a.text()).doesNotContain("cookies", "Politique", "Partager", "Le maire répond", "électoraliste",
                "Un incendie", "newsletter", "Mentions légales", "Lire aussi", "Le budget municipal adopté");
        assertThat(a.removed()).extracting(Removal::rule).contains("html-cookie-banner", "html-navigation",
                "html-share-bar", "html-related", "html-comments", "html-aside", "html-newsletter", "html-footer",
                "read-more", "headline-repeat");
    }

    @Test
    void readsTheMetadata() {
        CleanArticle a = clean(PAGE);
        assertThat(a.title()).isEqualTo("Le budget municipal adopté");
        assertThat(a.byline()).isEqualTo("Claire Martin");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-03-05T17:30:00Z"));
        assertThat(a.siteName()).isEqualTo("La Gazette du Midi");
        assertThat(a.canonicalUrl()).isEqualTo("https://gazette.example/politique/budget-adopte");
        assertThat(a.declaredLanguage()).isEqualTo("fr");
        assertThat(a.description()).isEqualTo("Le conseil a voté le budget.");
        assertThat(a.leadImage()).isEqualTo("https://gazette.example/img/budget.jpg");
    }

    @Test
    void metadataFallsBackToMetaTagsAndMarkup() {
        String html = "<html><head><title>Wahl in Bayern – Tagesblatt</title>"
                + "<meta property=\"article:published_time\" content=\"2023-10-08T20:15:00+02:00\">"
                + "<meta name=\"author\" content=\"Max Huber\"></head><body><article><p>" + P1 + "</p></article></body></html>";
        CleanArticle a = clean(html);
        assertThat(a.title()).isEqualTo("Wahl in Bayern");
        assertThat(a.byline()).isEqualTo("Max Huber");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-10-08T18:15:00Z"));

        String timeOnly = "<html><head><title>Short</title></head><body><p class=\"byline\">By Jane Roe</p>"
                + "<time datetime=\"2022-01-31\">31 January</time><p>" + P2 + "</p></body></html>";
        CleanArticle b = clean(timeOnly);
        assertThat(b.publishedAt()).isEqualTo(Instant.parse("2022-01-31T00:00:00Z"));
        assertThat(b.byline()).isEqualTo("Jane Roe"); // the "By" is typography, not part of the name
    }

    @Test
    void linkDenseBlocksInsideTheArticleGoAndTheRemovalListIsBounded() {
        StringBuilder html = new StringBuilder("<html><head><title>Links</title></head><body><article><p>").append(P1).append("</p>");
        for (int i = 0; i < 300; i++) {
            html.append("<div><a href=\"/t").append(i).append("\">Sujet numéro ").append(i).append("</a></div>");
        }
        html.append("<p>").append(P2).append("</p></article></body></html>");
        CleanArticle a = clean(html.toString());
        assertThat(a.paragraphs()).contains(P1, P2);
        assertThat(a.text()).doesNotContain("Sujet numéro");
        assertThat(a.removed()).hasSizeLessThanOrEqualTo(60);
    }

    @Test
    void misleadingChromeCuesOnTheContentContainerDoNotLoseTheArticle() {
        String html = "<html><head><title>Cues</title></head><body><div class=\"layout-with-sidebar\">"
                + ("<p>" + P1 + "</p><p>" + P2 + "</p>").repeat(3) + "</div><div class=\"sidebar\"><p>Publicité</p></div></body></html>";
        CleanArticle a = clean(html);
        assertThat(a.paragraphs()).hasSize(6).contains(P1, P2);
    }

    @Test
    void theBylineElementLeavesTheBodyWhenItIsTheDeclaredByline() {
        CleanArticle a = clean(PAGE);
        assertThat(a.byline()).isEqualTo("Claire Martin");
        assertThat(a.paragraphs()).doesNotContain("Par Claire Martin");
        assertThat(a.removed()).extracting(Removal::rule, Removal::text)
                .contains(org.assertj.core.groups.Tuple.tuple("byline", "Par Claire Martin"));

        // Declared in JSON-LD, printed with "By" and a joiner; a different name in the body stays.
        String html = "<html><head><title>Budget</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"name\":\"Maria Santos\"},{\"name\":\"John Doe\"}]}</script></head><body><article>"
                + "<p><span>By Maria Santos and John Doe</span></p><p>" + P1 + "</p><p>Jane Roe</p><p>" + P2
                + "</p></article></body></html>";
        CleanArticle b = clean(html);
        assertThat(b.byline()).isEqualTo("Maria Santos, John Doe");
        assertThat(b.paragraphs()).containsExactly(P1, "Jane Roe", P2);
        assertThat(b.removed()).extracting(Removal::rule).contains("byline");
    }

    @Test
    void withoutDeclaredBylineAByLineAtTheTopIsTheByline() {
        String html = "<html><head><title>Budget adopté</title></head><body><article><h1>Budget adopté</h1><p>By Maria Santos</p><p>" + P1
                + "</p><p>" + P2 + "</p></article></body></html>";
        CleanArticle a = clean(html);
        assertThat(a.byline()).isEqualTo("Maria Santos");
        assertThat(a.paragraphs()).containsExactly(P1, P2);
    }
}

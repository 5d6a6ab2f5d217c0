package io.newspipe.store;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.LanguageScore;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.contract.Removal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds enriched articles for tests, with mention offsets computed from the text. */
public final class TestArticles {

    private TestArticles() {
    }

    /** An entity to put into an article: its mentions are the given surfaces, found in the article text in order. */
    public record EntitySpec(String id, EntityType type, String name, String qid, double salience, List<String> surfaces) {
    }

    public static EntitySpec entity(String id, EntityType type, String name, String qid, double salience, String... surfaces) {
        return new EntitySpec(id, type, name, qid, salience, List.of(surfaces));
    }

    public static EnrichedArticle article(String sourceUri, String language, Instant fetchedAt, List<String> paragraphs,
                                          EntitySpec... entities) {
        String text = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        String rawSha = ArticleId.sha256Hex((sourceUri + "\n" + text).getBytes(StandardCharsets.UTF_8));
        String id = ArticleId.of(sourceUri);
        CleanArticle clean = new CleanArticle(CleanArticle.SCHEMA_VERSION, id, sourceUri, "test-source", fetchedAt,
                rawSha, "text/html", paragraphs.get(0), "A. Reporter", fetchedAt.minusSeconds(3600), "Test Site",
                sourceUri, language, "A description", null, paragraphs, text,
                List.of(Removal.of("comment-footer", "reader comments follow the article", "Leave a comment")),
                CleanArticle.Status.OK, null, fetchedAt.plusSeconds(1));
        List<Entity> built = new ArrayList<>();
        for (EntitySpec spec : entities) {
            List<Mention> mentions = new ArrayList<>();
            int from = 0;
            for (String surface : spec.surfaces()) {
                int start = text.indexOf(surface, from);
                if (start < 0) {
                    throw new IllegalArgumentException("'" + surface + "' is not in the text after offset " + from);
                }
                mentions.add(new Mention(surface, start, start + surface.length()));
                from = start + surface.length();
            }
            built.add(new Entity(spec.id(), spec.type(), spec.name(), spec.qid(), spec.salience(), mentions));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, clean,
                new LanguageTag(language, 0.97, List.of(new LanguageScore("xx", 0.02)), List.of(new LanguageScore(language, 1.0))),
                built, fetchedAt.plusSeconds(2));
    }

    /** The same article with its enrichment timestamp moved: what a re-run of the enricher on unchanged input gives. */
    public static EnrichedArticle reEnriched(EnrichedArticle article, Instant enrichedAt) {
        return new EnrichedArticle(article.schemaVersion(), article.id(), article.article(), article.language(),
                article.entities(), enrichedAt);
    }

    /** The same article with other entities: what a newer enricher gives for unchanged page content. */
    public static EnrichedArticle withEntities(EnrichedArticle article, List<Entity> entities, Instant enrichedAt) {
        return new EnrichedArticle(article.schemaVersion(), article.id(), article.article(), article.language(),
                entities, enrichedAt);
    }

    /** The same article from another source. */
    public static EnrichedArticle fromSource(EnrichedArticle article, String sourceName) {
        CleanArticle a = article.article();
        CleanArticle moved = new CleanArticle(a.schemaVersion(), a.id(), a.sourceUri(), sourceName, a.fetchedAt(),
                a.rawSha256(), a.contentType(), a.title(), a.byline(), a.publishedAt(), a.siteName(), a.canonicalUrl(),
                a.declaredLanguage(), a.description(), a.leadImage(), a.paragraphs(), a.text(), a.removed(), a.status(),
                a.statusReason(), a.cleanedAt());
        return new EnrichedArticle(article.schemaVersion(), article.id(), moved, article.language(), article.entities(),
                article.enrichedAt());
    }
}

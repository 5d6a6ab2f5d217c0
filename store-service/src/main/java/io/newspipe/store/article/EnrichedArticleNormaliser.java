package io.newspipe.store.article;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.contract.InvalidEventException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an enriched article against what the store relies on and brings it into storable shape. A record
 * that breaks the contract is rejected with {@link InvalidEventException}, so it is dead-lettered with the
 * reason instead of being stored half-right or failing deep inside the database.
 */
public final class EnrichedArticleNormaliser {

    public static final int MAX_ID_LENGTH = 64;
    public static final int MAX_ENTITY_ID_LENGTH = 255;
    public static final int MAX_LANGUAGE_LENGTH = 16;
    public static final int MAX_QID_LENGTH = 32;
    public static final int MAX_ENTITY_NAME_LENGTH = 1000;

    private EnrichedArticleNormaliser() {
    }

    /**
     * @return the article with timestamps truncated to microseconds (the precision of PostgreSQL, so a
     * stored timestamp compares equal to the one it came from) and entities listed twice merged into one
     * @throws InvalidEventException naming the first violation
     */
    public static EnrichedArticle normalise(EnrichedArticle enriched) {
        if (enriched == null) {
            throw new InvalidEventException("null EnrichedArticle");
        }
        String id = required(enriched.id(), "id", MAX_ID_LENGTH, enriched.id());
        CleanArticle a = enriched.article();
        if (a == null) {
            throw invalid(id, "article is missing");
        }
        if (a.id() != null && !a.id().equals(id)) {
            throw invalid(id, "article.id " + a.id() + " differs from the event id");
        }
        required(a.sourceUri(), "article.sourceUri", Integer.MAX_VALUE, id);
        required(a.rawSha256(), "article.rawSha256", MAX_ID_LENGTH, id);
        if (a.status() == null) {
            throw invalid(id, "article.status is missing");
        }
        LanguageTag language = enriched.language();
        if (language == null) {
            throw invalid(id, "language is missing");
        }
        required(language.code(), "language.code", MAX_LANGUAGE_LENGTH, id);
        if (!(language.confidence() >= 0 && language.confidence() <= 1)) {
            throw invalid(id, "language.confidence " + language.confidence() + " is not within 0..1");
        }
        CleanArticle article = new CleanArticle(a.schemaVersion(), id, a.sourceUri(), a.sourceName(),
                micros(a.fetchedAt()), a.rawSha256(), a.contentType(), a.title(), a.byline(), micros(a.publishedAt()),
                a.siteName(), a.canonicalUrl(), a.declaredLanguage(), a.description(), a.leadImage(), a.paragraphs(),
                a.text(), a.removed(), a.status(), a.statusReason(), micros(a.cleanedAt()));
        return new EnrichedArticle(enriched.schemaVersion(), id, article, language,
                mergedEntities(id, enriched.entities(), article.text().length()), micros(enriched.enrichedAt()));
    }

    private static List<Entity> mergedEntities(String articleId, List<Entity> entities, int textLength) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e == null) {
                throw invalid(articleId, "null entity");
            }
            String entityId = required(e.id(), "entity id", MAX_ENTITY_ID_LENGTH, articleId);
            if (e.type() == null) {
                throw invalid(articleId, "entity " + entityId + " has no type");
            }
            if (e.name() == null || e.name().length() > MAX_ENTITY_NAME_LENGTH) {
                throw invalid(articleId, "entity " + entityId + " has no name or one longer than " + MAX_ENTITY_NAME_LENGTH);
            }
            if (e.qid() != null && e.qid().length() > MAX_QID_LENGTH) {
                throw invalid(articleId, "entity " + entityId + " has a qid longer than " + MAX_QID_LENGTH);
            }
            if (!(e.salience() >= 0 && e.salience() <= 1)) {
                throw invalid(articleId, "entity " + entityId + " has salience " + e.salience() + " outside 0..1");
            }
            for (Mention m : e.mentions()) {
                if (m == null || m.text() == null) {
                    throw invalid(articleId, "entity " + entityId + " has a mention without text");
                }
                if (m.start() < 0 || m.end() < m.start() || m.end() > textLength) {
                    throw invalid(articleId, "entity " + entityId + " has mention [" + m.start() + ", " + m.end()
                            + ") outside the article text of length " + textLength);
                }
            }
            byId.merge(entityId, e, EnrichedArticleNormaliser::merge);
        }
        return List.copyOf(byId.values());
    }

    /** One entity reported twice: keep the first's identity, the higher salience and all mentions. */
    private static Entity merge(Entity first, Entity second) {
        List<Mention> mentions = new ArrayList<>(first.mentions());
        mentions.addAll(second.mentions());
        return new Entity(first.id(), first.type(), first.name(), first.qid() != null ? first.qid() : second.qid(),
                Math.max(first.salience(), second.salience()), mentions);
    }

    private static String required(String value, String field, int maxLength, String articleId) {
        if (value == null || value.isBlank()) {
            throw invalid(articleId, field + " is missing");
        }
        if (value.length() > maxLength) {
            throw invalid(articleId, field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static InvalidEventException invalid(String articleId, String reason) {
        return new InvalidEventException("EnrichedArticle " + (articleId == null ? "(no id)" : articleId) + ": " + reason);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}

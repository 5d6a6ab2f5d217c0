package io.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A clean article with its language and named entities: value of {@link Topics#ENRICHED_ARTICLES}.
 * The clean article travels whole so the store needs nothing else.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(
        int schemaVersion,
        String id,
        CleanArticle article,
        LanguageTag language,
        List<Entity> entities,
        Instant enrichedAt) {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /**
     * @param code         ISO 639-1 code, or {@code und} when the confidence is below the threshold
     * @param confidence   0..1
     * @param alternatives the next most likely languages, each with its likelihood relative to the detected
     *                     language's (1.0 would be as likely): not on the scale of {@code confidence}
     * @param shares       share of sentences per detected language, for mixed-language articles
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LanguageTag(String code, double confidence, List<LanguageScore> alternatives,
                              List<LanguageScore> shares) {
        public static final String UNDETERMINED = "und";

        public LanguageTag {
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
            shares = shares == null ? List.of() : List.copyOf(shares);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LanguageScore(String code, double value) {
    }

    /**
     * One entity of the article.
     *
     * @param id       canonical id, the same across languages and spellings
     * @param type     PERSON, ORGANIZATION, LOCATION or MISC
     * @param name     canonical name
     * @param qid      Wikidata QID when known, else null
     * @param salience 0..1: how central the entity is to this article
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String id, EntityType type, String name, String qid, double salience,
                         List<Mention> mentions) {
        public Entity {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    public enum EntityType { PERSON, ORGANIZATION, LOCATION, MISC }

    /** A mention: the surface form and its [start, end) character offsets into the clean article's text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(String text, int start, int end) {
    }
}

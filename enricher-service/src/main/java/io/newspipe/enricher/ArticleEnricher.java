package io.newspipe.enricher;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.language.LanguageIdentifier;
import java.time.Clock;
import java.util.List;

/**
 * The enricher's core: a clean article in, the same article with its language and entities out. Plain
 * Java, no Spring, safe to share between threads. Odd input (no text, no paragraphs) yields {@code und}
 * and no entities rather than an exception.
 */
public final class ArticleEnricher {

    private final LanguageIdentifier languages;
    private final EntityRecognizer entities;
    private final Clock clock;

    public ArticleEnricher(LanguageIdentifier languages, EntityRecognizer entities, Clock clock) {
        this.languages = languages;
        this.entities = entities;
        this.clock = clock;
    }

    public EnrichedArticle enrich(CleanArticle article) {
        String text = article.text() == null ? "" : article.text();
        // The body decides the language: a headline is short and often full of names.
        LanguageTag language = languages.identify(text);
        String stopListLanguage = LanguageTag.UNDETERMINED.equals(language.code()) ? null : language.code();
        List<Entity> found = text.isBlank() ? List.of() : entities.recognize(text, article.title(), stopListLanguage);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article.id(), article, language, found, clock.instant());
    }
}

package io.newspipe.enricher;

import io.newspipe.contract.CleanArticle;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.entity.Gazetteer;
import io.newspipe.enricher.entity.GazetteerLoader;
import io.newspipe.enricher.entity.LinkingSettings;
import io.newspipe.enricher.entity.RecognizerRules;
import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.enricher.language.LanguageSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The core built once per test JVM with the shipped defaults: the language models take seconds to load. */
public final class TestEnrichers {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static Gazetteer gazetteer;
    private static EntityRecognizer recognizer;
    private static ArticleEnricher enricher;

    private TestEnrichers() {
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = GazetteerLoader.load(null, LinkingSettings.DEFAULTS);
        }
        return gazetteer;
    }

    public static synchronized EntityRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new EntityRecognizer(gazetteer(), RecognizerRules.fromClasspath());
        }
        return recognizer;
    }

    public static synchronized ArticleEnricher enricher() {
        if (enricher == null) {
            enricher = new ArticleEnricher(LanguageIdentifier.create(AccuracyMode.LOW, LanguageSettings.DEFAULTS), recognizer(), CLOCK);
        }
        return enricher;
    }

    public static CleanArticle article(String id, String title, List<String> paragraphs) {
        return new CleanArticle(CleanArticle.SCHEMA_VERSION, id, "file:test/" + id, "test", CLOCK.instant(), "0".repeat(64),
                "text/plain", title, null, null, null, null, null, null, null, paragraphs, null, List.of(),
                CleanArticle.Status.OK, null, CLOCK.instant());
    }
}

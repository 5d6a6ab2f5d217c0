package io.newspipe.enricher.pipeline;

import io.newspipe.contract.Topics;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.entity.Gazetteer;
import io.newspipe.enricher.entity.GazetteerLoader;
import io.newspipe.enricher.entity.RecognizerRules;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.platform.PlatformAutoConfiguration.TopicDeclarer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the plain-Java core into the service. */
@Configuration(proxyBeanMethods = false)
public class EnricherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EnricherConfiguration.class);

    /**
     * The whole enricher from its settings, for callers outside Spring (the command line): the same wiring
     * as the beans below.
     */
    public static ArticleEnricher createArticleEnricher(EnricherProperties properties, Clock clock) {
        return new ArticleEnricher(createLanguageIdentifier(properties),
                createEntityRecognizer(loadGazetteer(properties)), clock);
    }

    /** The Lingua models load here, once: seconds at startup instead of on the first article. */
    static LanguageIdentifier createLanguageIdentifier(EnricherProperties properties) {
        return LanguageIdentifier.create(properties.accuracy(), properties.languageSettings());
    }

    static EntityRecognizer createEntityRecognizer(Gazetteer gazetteer) {
        return new EntityRecognizer(gazetteer, RecognizerRules.fromClasspath());
    }

    static Gazetteer loadGazetteer(EnricherProperties properties) {
        long started = System.nanoTime();
        Gazetteer gazetteer = GazetteerLoader.load(properties.gazetteerPath(), properties.linkingSettings());
        log.info("gazetteer: {} entries{} loaded in {} ms", gazetteer.size(),
                properties.gazetteerPath() == null ? "" : " (with " + properties.gazetteerPath() + ")",
                (System.nanoTime() - started) / 1_000_000);
        return gazetteer;
    }

    @Bean
    LanguageIdentifier languageIdentifier(EnricherProperties properties) {
        return createLanguageIdentifier(properties);
    }

    @Bean
    Gazetteer gazetteer(EnricherProperties properties) {
        return loadGazetteer(properties);
    }

    @Bean
    EntityRecognizer entityRecognizer(Gazetteer gazetteer) {
        return createEntityRecognizer(gazetteer);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ArticleEnricher articleEnricher(LanguageIdentifier languageIdentifier, EntityRecognizer entityRecognizer, Clock clock) {
        return new ArticleEnricher(languageIdentifier, entityRecognizer, clock);
    }

    @Bean
    KafkaAdmin.NewTopics enricherTopics(TopicDeclarer topics) {
        return topics.topics(new String[] {Topics.ENRICHED_ARTICLES}, new String[] {Topics.CLEAN_ARTICLES});
    }
}

package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM-wide {@link LanguageRanker} (built once from Lingua's models: about a second and ~20 MB) and Lingua
 * detectors restricted to a few languages, the top of a ranking. Lingua keeps its models in JVM-wide maps and
 * loads a language's models the first time a detector needs them, so a restricted detector costs microseconds
 * to build and shares the models with every other. They are cached per language set all the same, up to
 * {@value #MAX_RESTRICTED}.
 */
public final class LinguaDetectors {

    private static final Logger log = LoggerFactory.getLogger(LinguaDetectors.class);
    private static final int MAX_RESTRICTED = 1_024;
    private static final Map<RestrictedKey, LanguageDetector> RESTRICTED = new ConcurrentHashMap<>();
    private static LanguageRanker ranker;

    private LinguaDetectors() {
    }

    public static synchronized LanguageRanker ranker() {
        if (ranker == null) {
            long started = System.nanoTime();
            ranker = LanguageRanker.fromLinguaModels();
            log.info("Language ranker ({} n-grams of Lingua's models, all languages) built in {} ms", ranker.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return ranker;
    }
    /** A detector choosing among {@code languages} only (at least two); the models are shared JVM-wide. */
    public static LanguageDetector restricted(AccuracyMode mode, Set<Language> languages) {
        if (languages.size() < 2) {
            throw new IllegalArgumentException("a detector needs at least two languages: " + languages);
        }
        RestrictedKey key = new RestrictedKey(mode, EnumSet.copyOf(languages));
        LanguageDetector cached = RESTRICTED.get(key);
        if (cached != null) {
            return cached;
        }
        LanguageDetector detector = buildRestricted(key);
        // Bounded: the sets come from the input's runner-ups, so a flood of odd texts must not grow it forever.
        if (RESTRICTED.size() < MAX_RESTRICTED) {
            RESTRICTED.putIfAbsent(key, detector);
        }
        return detector;
    }

    private record RestrictedKey(AccuracyMode mode, Set<Language> languages) {
    }

    private static LanguageDetector buildRestricted(RestrictedKey key) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(key.languages().toArray(Language[]::new));
        if (key.mode() == AccuracyMode.LOW) {
            builder = builder.withLowAccuracyMode();
        }
        return builder.build();
    }
}

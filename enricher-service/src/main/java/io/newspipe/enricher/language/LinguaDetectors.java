package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lingua detector per accuracy mode for the whole JVM: building one loads the language models of all
 * languages, which takes seconds and tens to hundreds of megabytes. Candidates are never narrowed to the
 * languages we expect: an article in an unexpected language must be labelled as such.
 *
 * <p>{@link #restricted} detectors choose among a few languages only (the runner-ups of a whole-text verdict);
 * Lingua keeps its models in JVM-wide maps, so they reuse the models already loaded and cost a few
 * microseconds to build. They are cached per language set all the same, up to {@value #MAX_RESTRICTED}.
 */
public final class LinguaDetectors {

    private static final Logger log = LoggerFactory.getLogger(LinguaDetectors.class);
    private static final Map<AccuracyMode, LanguageDetector> DETECTORS = new EnumMap<>(AccuracyMode.class);
    private static final int MAX_RESTRICTED = 1_024;
    private static final Map<RestrictedKey, LanguageDetector> RESTRICTED = new ConcurrentHashMap<>();

    private LinguaDetectors() {
    }

    public static synchronized LanguageDetector shared(AccuracyMode mode) {
        return DETECTORS.computeIfAbsent(mode, LinguaDetectors::build);
    }

    /** A detector choosing among {@code languages} only (at least two); the models are shared with {@link #shared}. */
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

    private static LanguageDetector build(AccuracyMode mode) {
        long started = System.nanoTime();
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels();
        if (mode == AccuracyMode.LOW) {
            builder = builder.withLowAccuracyMode();
        }
        LanguageDetector detector = builder.build();
        log.info("Lingua detector ({} accuracy, all languages) built in {} ms", mode, (System.nanoTime() - started) / 1_000_000);
        return detector;
    }
}

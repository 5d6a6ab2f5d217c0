package io.newspipe.enricher.language;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lingua detector per accuracy mode for the whole JVM: building one loads the language models of all
 * languages, which takes seconds and tens to hundreds of megabytes. Candidates are never narrowed to the
 * languages we expect: an article in an unexpected language must be labelled as such.
 */
public final class LinguaDetectors {

    private static final Logger log = LoggerFactory.getLogger(LinguaDetectors.class);
    private static final Map<AccuracyMode, LanguageDetector> DETECTORS = new EnumMap<>(AccuracyMode.class);

    private LinguaDetectors() {
    }

    public static synchronized LanguageDetector shared(AccuracyMode mode) {
        return DETECTORS.computeIfAbsent(mode, LinguaDetectors::build);
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

package io.newspipe.enricher.bench;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.TestEnrichers;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second on one thread (= per core) for language + entities, with the shipped defaults (Lingua
 * low-accuracy mode). Each invocation enriches every article of its set once; the score is divided by the
 * set size, so it reads as articles/s. {@code language3kb} and {@code entities3kb} split the cost. Run from
 * the repository root (see enricher-service/README.md):
 * <pre>
 * ./mvnw -o -q -pl enricher-service test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main EnricherBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EnricherBenchmark {

    private ArticleEnricher enricher;
    private LanguageIdentifier languages;
    private EntityRecognizer entities;
    private List<CleanArticle> seeds;
    private List<CleanArticle> threeKilobyte;
    private List<CleanArticle> englishThreeKilobyte;
    private List<CleanArticle> twelveKilobyte;

    @Setup
    public void setUp() {
        enricher = TestEnrichers.enricher();
        languages = LanguageIdentifier.create(AccuracyMode.LOW, LanguageSettings.DEFAULTS);
        entities = TestEnrichers.recognizer();
        seeds = BenchmarkArticles.seeds();
        threeKilobyte = BenchmarkArticles.threeKilobyte();
        englishThreeKilobyte = BenchmarkArticles.englishThreeKilobyte();
        twelveKilobyte = BenchmarkArticles.twelveKilobyte();
    }

    /** Score × 1 = seed articles/s: each call enriches one article, cycling through the seeds. */
    @Benchmark
    public EnrichedArticle seeds(Cursor cursor) {
        return enricher.enrich(cursor.next(seeds));
    }

    @Benchmark
    public EnrichedArticle enrich3kb(Cursor cursor) {
        return enricher.enrich(cursor.next(threeKilobyte));
    }

    /** English news pages' sentences, ~3 KB an article. */
    @Benchmark
    public EnrichedArticle enrich3kbEnglish(Cursor cursor) {
        return enricher.enrich(cursor.next(englishThreeKilobyte));
    }

    /** Long articles, ~12 KB each (Turkish and English): score × 12 ≈ KB/s. */
    @Benchmark
    public EnrichedArticle enrich12kb(Cursor cursor) {
        return enricher.enrich(cursor.next(twelveKilobyte));
    }

    @Benchmark
    public void language3kb(Cursor cursor, Blackhole sink) {
        sink.consume(languages.identify(cursor.next(threeKilobyte).text()));
    }

    @Benchmark
    public void entities3kb(Cursor cursor, Blackhole sink) {
        CleanArticle article = cursor.next(threeKilobyte);
        sink.consume(entities.recognize(article.text(), article.title(), "tr"));
    }

    /** Walks through a set of articles, one per call. */
    @State(Scope.Thread)
    public static class Cursor {
        private int position;

        <T> T next(List<T> articles) {
            position = (position + 1) % articles.size();
            return articles.get(position);
        }
    }
}

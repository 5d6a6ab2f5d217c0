package io.newspipe.cleaner.bench;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.quality.ReadabilityBenchmark;
import io.newspipe.cleaner.quality.Readability4jBaseline;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Article;
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

/**
 * Extraction throughput in pages per second on one thread (= per core), ours against Readability4J, over the
 * quality harness's pages. Each invocation extracts the next page, round robin, so a score is pages/s averaged
 * over the whole set. Ours starts from the raw page (Base64 body, charset detection, HTML extraction, text
 * rules, metadata); Readability4J gets the page already decoded to a string, which favours it slightly.
 *
 * <p>Run: {@code cleaner-service/quality.sh jmh} (or {@code java -cp <test class path> org.openjdk.jmh.Main ExtractionBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

    private List<RawPage> rawPages;
    private List<String> decodedPages;
    private List<String> urls;
    private ArticleCleaner cleaner;
    private int next;

    @Setup
    public void load() throws IOException {
        List<ReadabilityBenchmark.TestPage> pages = ReadabilityBenchmark.load(ReadabilityBenchmark.defaultSet(TestInfrastructure.repoRoot()));
        rawPages = pages.stream().map(p -> RawPage.of(p.url(), "benchmark", Instant.EPOCH, "text/html", null, p.source())).toList();
        decodedPages = pages.stream().map(ReadabilityBenchmark.TestPage::sourceText).toList();
        urls = pages.stream().map(ReadabilityBenchmark.TestPage::url).toList();
        cleaner = ArticleCleaner.withDefaults(Clock.systemUTC());
    }

    private int nextPage() {
        int i = next;
        next = (next + 1) % rawPages.size();
        return i;
    }

    @Benchmark
    public CleanArticle newspipe() {
        return cleaner.clean(rawPages.get(nextPage()));
    }

    @Benchmark
    public String readability4j() {
        int i = nextPage();
        Article article = Readability4jBaseline.parse(urls.get(i), decodedPages.get(i));
        return article.getTextContent();
    }
}

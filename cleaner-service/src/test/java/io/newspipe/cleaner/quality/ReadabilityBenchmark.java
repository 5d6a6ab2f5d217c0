package io.newspipe.cleaner.quality;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.text.TextFolding;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality harness over a Readability-style test set (one directory per page with {@code source.html},
 * {@code expected.html}, {@code expected-metadata.json}): token-level precision, recall and F1 of our text
 * against the expected article text (bags of folded words), and title/byline accuracy.
 *
 * <p>Run: {@code java -cp <test class path> io.newspipe.cleaner.quality.ReadabilityBenchmark [dir] [-v]}.
 */
public final class ReadabilityBenchmark {

    public static final Path DEFAULT_SET = Path.of("/work/shared/data/readability-test-pages");

    public record PageScore(String page, double precision, double recall, double f1, boolean titleOk, boolean bylineOk,
                            boolean hasExpectedByline, String title, String expectedTitle, String byline,
                            String expectedByline) {
    }

    public record Summary(int pages, double precision, double recall, double f1, double titleAccuracy, double bylineAccuracy) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : DEFAULT_SET;
        boolean verbose = List.of(args).contains("-v");
        ArticleCleaner cleaner = ArticleCleaner.withDefaults(Clock.systemUTC());
        List<PageScore> scores = score(cleaner, dir);
        if (verbose) {
            for (PageScore s : scores) {
                System.out.printf(Locale.ROOT, "%-45s P=%.3f R=%.3f F1=%.3f title=%s byline=%s%n", s.page(), s.precision(),
                        s.recall(), s.f1(), s.titleOk() ? "ok" : "MISS [" + s.title() + "] vs [" + s.expectedTitle() + "]",
                        s.hasExpectedByline() ? (s.bylineOk() ? "ok" : "MISS [" + s.byline() + "] vs [" + s.expectedByline() + "]") : "-");
            }
        }
        Summary sum = summarise(scores);
        System.out.printf(Locale.ROOT, "pages=%d  P=%.3f  R=%.3f  F1=%.3f  title=%.1f%%  byline=%.1f%%%n", sum.pages(),
                sum.precision(), sum.recall(), sum.f1(), sum.titleAccuracy() * 100, sum.bylineAccuracy() * 100);
    }

    public static List<PageScore> score(ArticleCleaner cleaner, Path dir) throws IOException {
        try (Stream<Path> pages = Files.list(dir)) {
            return pages.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .map(p -> scorePage(cleaner, p))
                    .toList();
        }
    }

    static PageScore scorePage(ArticleCleaner cleaner, Path page) {
        try {
            byte[] source = Files.readAllBytes(page.resolve("source.html"));
            String expectedText = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            RawPage raw = RawPage.of("http://fakehost/test/" + page.getFileName(), "benchmark", Instant.now(), "text/html", null, source);
            CleanArticle article = cleaner.clean(raw);
            Map<String, Integer> ours = bag(article.text());
            Map<String, Integer> expected = bag(expectedText);
            int common = 0;
            for (Map.Entry<String, Integer> e : ours.entrySet()) {
                common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
            }
            int oursTotal = ours.values().stream().mapToInt(Integer::intValue).sum();
            int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
            double p = oursTotal == 0 ? (expectedTotal == 0 ? 1 : 0) : (double) common / oursTotal;
            double r = expectedTotal == 0 ? 1 : (double) common / expectedTotal;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);

            String expectedTitle = null;
            String expectedByline = null;
            Path meta = page.resolve("expected-metadata.json");
            if (Files.isRegularFile(meta)) {
                JsonNode json = JsonMapper.builder().build().readTree(Files.readString(meta));
                expectedTitle = json.path("title").isString() ? json.path("title").stringValue() : null;
                expectedByline = json.path("byline").isString() ? json.path("byline").stringValue() : null;
            }
            boolean titleOk = same(article.title(), expectedTitle);
            boolean bylineOk = same(article.byline(), expectedByline);
            return new PageScore(page.getFileName().toString(), p, r, f1, titleOk, bylineOk,
                    expectedByline != null && !expectedByline.isBlank(), article.title(), expectedTitle, article.byline(),
                    expectedByline);
        } catch (IOException e) {
            return new PageScore(page.getFileName().toString(), 0, 0, 0, false, false, false, null, e.toString(), null, null);
        }
    }

    public static Summary summarise(List<PageScore> scores) {
        int n = scores.size();
        long withByline = scores.stream().filter(PageScore::hasExpectedByline).count();
        return new Summary(n,
                scores.stream().mapToDouble(PageScore::precision).average().orElse(0),
                scores.stream().mapToDouble(PageScore::recall).average().orElse(0),
                scores.stream().mapToDouble(PageScore::f1).average().orElse(0),
                n == 0 ? 0 : (double) scores.stream().filter(PageScore::titleOk).count() / n,
                withByline == 0 ? 0 : (double) scores.stream().filter(s -> s.hasExpectedByline() && s.bylineOk()).count() / withByline);
    }

    private static boolean same(String ours, String expected) {
        if (expected == null || expected.isBlank()) {
            return ours == null || ours.isBlank();
        }
        return ours != null && TextFolding.key(ours).equals(TextFolding.key(expected));
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : TextFolding.words(text == null ? "" : text)) {
            bag.merge(w, 1, Integer::sum);
        }
        return bag;
    }
}

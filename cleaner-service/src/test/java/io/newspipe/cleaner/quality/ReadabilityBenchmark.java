package io.newspipe.cleaner.quality;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.decode.CharsetResolver;
import io.newspipe.cleaner.text.TextFolding;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quality harness over Mozilla Readability's test pages (one directory per page with {@code source.html},
 * {@code expected.html}, {@code expected-metadata.json}).
 *
 * <p><b>Text</b>: token-level precision, recall and F1 over whitespace tokens (NFC, any Unicode space separates,
 * case-sensitive, punctuation kept; in scripts written without spaces, such as Chinese, Japanese and Thai, each
 * character is a token), the method public extraction benchmarks use: tokens are compared as bags (multiset intersection), so
 * reading order does not count but duplicated or missing text does. Expected text is the text of
 * {@code expected.html}. Scores are means over pages.
 *
 * <p><b>Metadata</b>, each field scored only on pages whose expected value is non-blank:
 * <ul>
 *   <li>title and byline: equal after folding (case, Unicode quotes, punctuation and whitespace ignored, see
 *       {@link TextFolding#key}); a byline's leading "By" is ignored on both sides. Titles are also scored
 *       <i>site-tolerant</i>: the issue asks for the title without the site name, which Readability's expected
 *       titles sometimes keep, so a title also counts when the expected one is ours plus one leading or trailing
 *       segment after a title separator ({@code | - – — · :: » /}) of at most {@value #MAX_SITE_WORDS} words and fewer words
 *       than the rest.
 *       Both numbers are reported; the target applies to the site-tolerant one.</li>
 *   <li>lang: the BCP 47 tag, case-insensitive, {@code _} read as {@code -}.</li>
 *   <li>published time: the same instant; when the expected value has no time of day, the same calendar date.</li>
 * </ul>
 *
 * <p>Run (after {@code ./mvnw -o -q -pl cleaner-service test-compile}): {@code cleaner-service/quality.sh harness [-v]},
 * or {@code java -cp <test class path> io.newspipe.cleaner.quality.ReadabilityBenchmark [dir] [-v] [--baseline]};
 * {@code --baseline} scores Readability4J on the same pages.
 */
public final class ReadabilityBenchmark {

    /** The page set: {@code NEWSPIPE_READABILITY_PAGES}, else {@code ../shared/data/readability-test-pages} beside the repository. */
    public static Path defaultSet(Path repoRoot) {
        String configured = System.getenv("NEWSPIPE_READABILITY_PAGES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return repoRoot.toAbsolutePath().getParent().resolve("shared/data/readability-test-pages");
    }

    static final int MAX_SITE_WORDS = 6;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|::|»|/)\\s+");
    private static final Pattern BY = Pattern.compile("^\\s*by\\s+", Pattern.CASE_INSENSITIVE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Field { TITLE, TITLE_STRICT, BYLINE, LANG, PUBLISHED }

    /** One page of the set, read once (the JMH benchmark reuses it). */
    public record TestPage(String name, byte[] source, String expectedText, Map<Field, String> expected) {

        /** The source decoded as our cleaner decodes it (for extractors that take a string). */
        public String sourceText() {
            return CharsetResolver.decode(source, null, true).text();
        }

        public String url() {
            return "http://fakehost/test/" + name + "/";
        }
    }

    /** What an extractor found on a page. Any field may be null. */
    public record Extraction(String text, String title, String byline, String language, String publishedTime) {
    }

    @FunctionalInterface
    public interface Extractor {
        Extraction extract(TestPage page);
    }

    public record PageScore(String page, double precision, double recall, double f1, Map<Field, Boolean> fieldOk,
                            Extraction extraction, Map<Field, String> expected) {
    }

    /** Means over pages; a field's accuracy is over the pages that expect a value for it (count in {@code fieldPages}). */
    public record Summary(int pages, double precision, double recall, double f1, Map<Field, Double> accuracy,
                          Map<Field, Integer> fieldPages) {

        public double accuracy(Field field) {
            return accuracy.getOrDefault(field, 0.0);
        }

        public String format() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "pages=%d  P=%.3f  R=%.3f  F1=%.3f", pages, precision,
                    recall, f1));
            for (Field f : Field.values()) {
                s.append(String.format(Locale.ROOT, "  %s=%.1f%% (n=%d)", f.name().toLowerCase(Locale.ROOT),
                        accuracy(f) * 100, fieldPages.getOrDefault(f, 0)));
            }
            return s.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : defaultSet(TestInfrastructure.repoRoot());
        boolean verbose = List.of(args).contains("-v");
        List<TestPage> pages = load(dir);
        Map<String, Extractor> extractors = new java.util.LinkedHashMap<>();
        extractors.put("newspipe", ours(ArticleCleaner.withDefaults(Clock.systemUTC())));
        if (List.of(args).contains("--baseline")) {
            extractors.put("readability4j", Readability4jBaseline::extract);
        }
        for (Map.Entry<String, Extractor> e : extractors.entrySet()) {
            List<PageScore> scores = score(e.getValue(), pages);
            if (verbose) {
                scores.forEach(s -> System.out.println(describe(s)));
            }
            System.out.println(e.getKey() + ": " + summarise(scores).format());
        }
    }

    static String describe(PageScore s) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-45s P=%.3f R=%.3f F1=%.3f", s.page(), s.precision(),
                s.recall(), s.f1()));
        for (Field f : List.of(Field.TITLE, Field.BYLINE, Field.LANG, Field.PUBLISHED)) {
            Boolean ok = s.fieldOk().get(f);
            if (ok != null && !ok) {
                line.append(String.format(" %s=MISS[%s|%s]", f.name().toLowerCase(Locale.ROOT), actual(s.extraction(), f),
                        s.expected().get(f)));
            }
        }
        return line.toString();
    }

    public static List<TestPage> load(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.list(dir)) {
            return dirs.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html")))
                    .sorted()
                    .map(ReadabilityBenchmark::loadPage)
                    .toList();
        }
    }

    private static TestPage loadPage(Path dir) {
        try {
            byte[] source = Files.readAllBytes(dir.resolve("source.html"));
            String expectedText = Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text();
            Map<Field, String> expected = new EnumMap<>(Field.class);
            Path meta = dir.resolve("expected-metadata.json");
            if (Files.isRegularFile(meta)) {
                JsonNode json = JSON.readTree(Files.readString(meta));
                put(expected, Field.TITLE, json.path("title"));
                put(expected, Field.TITLE_STRICT, json.path("title"));
                put(expected, Field.BYLINE, json.path("byline"));
                put(expected, Field.LANG, json.path("lang"));
                put(expected, Field.PUBLISHED, json.path("publishedTime"));
            }
            return new TestPage(dir.getFileName().toString(), source, expectedText, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Map<Field, String> into, Field field, JsonNode value) {
        if (value.isString() && !value.stringValue().isBlank()) {
            into.put(field, value.stringValue());
        }
    }

    /** Our cleaner as the harness sees it: the page as a raw HTML page of unknown charset. */
    public static Extractor ours(ArticleCleaner cleaner) {
        return page -> {
            RawPage raw = RawPage.of(page.url(), "benchmark", Instant.EPOCH, "text/html", null, page.source());
            CleanArticle a = cleaner.clean(raw);
            return new Extraction(a.text(), a.title(), a.byline(), a.declaredLanguage(),
                    a.publishedAt() == null ? null : a.publishedAt().toString());
        };
    }

    public static List<PageScore> score(Extractor extractor, List<TestPage> pages) {
        List<PageScore> scores = new ArrayList<>(pages.size());
        for (TestPage page : pages) {
            scores.add(scorePage(extractor, page));
        }
        return scores;
    }

    static PageScore scorePage(Extractor extractor, TestPage page) {
        Extraction x;
        try {
            x = extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            x = new Extraction("", null, null, null, null); // a crash scores as an empty extraction
        }
        Map<String, Integer> ours = tokens(x.text());
        Map<String, Integer> expected = tokens(page.expectedText());
        int common = 0;
        for (Map.Entry<String, Integer> e : ours.entrySet()) {
            common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        int oursTotal = ours.values().stream().mapToInt(Integer::intValue).sum();
        int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
        double p = oursTotal == 0 ? (expectedTotal == 0 ? 1 : 0) : (double) common / oursTotal;
        double r = expectedTotal == 0 ? 1 : (double) common / expectedTotal;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Map<Field, Boolean> ok = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : page.expected().entrySet()) {
            ok.put(e.getKey(), matches(e.getKey(), actual(x, e.getKey()), e.getValue()));
        }
        return new PageScore(page.name(), p, r, f1, ok, x, page.expected());
    }

    private static String actual(Extraction x, Field field) {
        return switch (field) {
            case TITLE, TITLE_STRICT -> x.title();
            case BYLINE -> x.byline();
            case LANG -> x.language();
            case PUBLISHED -> x.publishedTime();
        };
    }

    static boolean matches(Field field, String actual, String expected) {
        if (actual == null || actual.isBlank()) {
            return false;
        }
        return switch (field) {
            case TITLE_STRICT -> sameText(actual, expected);
            case TITLE -> sameText(actual, expected) || expectedAddsSiteName(actual, expected);
            case BYLINE -> sameText(BY.matcher(actual).replaceFirst(""), BY.matcher(expected).replaceFirst(""));
            case LANG -> actual.strip().replace('_', '-').equalsIgnoreCase(expected.strip().replace('_', '-'));
            case PUBLISHED -> sameTime(actual, expected);
        };
    }

    private static boolean sameText(String a, String b) {
        String ka = TextFolding.key(a);
        return !ka.isEmpty() && ka.equals(TextFolding.key(b));
    }

    /** "Headline | Site" expected, "Headline" found (or "Site - Headline"). */
    private static boolean expectedAddsSiteName(String actual, String expected) {
        var m = TITLE_SEPARATOR.matcher(expected);
        List<int[]> separators = new ArrayList<>();
        while (m.find()) {
            separators.add(new int[] {m.start(), m.end()});
        }
        for (int[] sep : separators) {
            String head = expected.substring(0, sep[0]);
            String tail = expected.substring(sep[1]);
            // The part left out must look like a site name: short, and shorter than the headline kept.
            if ((sameText(actual, head) && words(tail) <= MAX_SITE_WORDS && words(tail) < words(head))
                    || (sameText(actual, tail) && words(head) <= MAX_SITE_WORDS && words(head) < words(tail))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return TextFolding.words(s).size();
    }

    private static boolean sameTime(String actual, String expected) {
        Instant a = instant(actual);
        if (a == null) {
            return false;
        }
        String e = expected.strip();
        if (e.length() == 10) {
            try {
                return LocalDate.parse(e).equals(a.atOffset(ZoneOffset.UTC).toLocalDate());
            } catch (DateTimeParseException ex) {
                return false;
            }
        }
        Instant b = instant(e);
        return a.equals(b);
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    public static Summary summarise(List<PageScore> scores) {
        Map<Field, Double> accuracy = new EnumMap<>(Field.class);
        Map<Field, Integer> counts = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            List<Boolean> results = scores.stream().map(s -> s.fieldOk().get(f)).filter(b -> b != null).toList();
            counts.put(f, results.size());
            accuracy.put(f, results.isEmpty() ? 0 : (double) results.stream().filter(b -> b).count() / results.size());
        }
        return new Summary(scores.size(),
                scores.stream().mapToDouble(PageScore::precision).average().orElse(0),
                scores.stream().mapToDouble(PageScore::recall).average().orElse(0),
                scores.stream().mapToDouble(PageScore::f1).average().orElse(0),
                accuracy, counts);
    }

    /**
     * Whitespace tokens of NFC text (any Unicode space separates), as a bag. Scripts written without spaces (Han,
     * Hiragana, Katakana, Thai...) would make a whole clause one token, so each of their characters is a token.
     */
    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        StringBuilder token = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(token, bag);
            } else if (unspaced(cp)) {
                flush(token, bag);
                bag.merge(new String(Character.toChars(cp)), 1, Integer::sum);
            } else {
                token.appendCodePoint(cp);
            }
        }
        flush(token, bag);
        return bag;
    }

    private static void flush(StringBuilder token, Map<String, Integer> bag) {
        if (!token.isEmpty()) {
            bag.merge(token.toString(), 1, Integer::sum);
            token.setLength(0);
        }
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        };
    }
}

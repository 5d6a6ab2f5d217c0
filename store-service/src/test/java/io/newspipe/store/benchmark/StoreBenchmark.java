package io.newspipe.store.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.contract.EventCodec;
import io.newspipe.store.TestDatabases;
import io.newspipe.store.api.ArticleFilter;
import io.newspipe.store.api.ArticlePage;
import io.newspipe.store.api.ArticleQueries;
import io.newspipe.store.api.ArticleSort;
import io.newspipe.store.persistence.ArticleRepository;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Measures the store on PostgreSQL: upsert throughput with batching (articles/s through
 * {@link ArticleRepository#upsertAll}, story assignment included) and the latency of searches over the
 * stored articles ({@link ArticleQueries#list}: count, page and entities, as the API runs it).
 *
 * <p>Synthetic articles in Turkish and English are drawn from the vocabulary of the seed articles with a
 * Zipf-like word distribution; they report synthetic events (a handful of shared entities and a time), a
 * few articles per event, so story assignment does real work. Run with the test classpath:
 * {@code java -cp ... io.newspipe.store.benchmark.StoreBenchmark [articles=100000] [batch=500] [searches=300]}.
 * The database is a fresh one from {@link TestInfrastructure#postgres()} ({@code NEWSPIPE_TEST_PG_URL}).
 */
public final class StoreBenchmark {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(365);
    private static final int ENTITY_POOL = 5_000;
    private static final int ARTICLES_PER_EVENT = 3;
    /** A news corpus has tens of thousands of distinct words; the seeds give the frequent ones. */
    private static final int VOCABULARY_SIZE = 30_000;
    /** Queries skip the most frequent words, which are function words nobody searches for. */
    private static final int COMMON_WORDS = 100;
    private static final String[] TURKISH_SYLLABLES = {"ka", "ra", "de", "mir", "ye", "sel", "tan", "bil", "ge", "lik",
            "ler", "ça", "şı", "ğu", "öz", "ün", "li", "ma", "su", "kent"};
    private static final String[] ENGLISH_SYLLABLES = {"con", "ter", "ment", "pro", "ing", "ex", "tion", "al", "re", "port",
            "ly", "er", "vis", "mar", "ket", "st", "ad", "ble", "for", "ward"};

    private final Random random = new Random(42);
    private final List<String> turkishWords;
    private final List<String> englishWords;

    private StoreBenchmark(List<String> turkishWords, List<String> englishWords) {
        this.turkishWords = turkishWords;
        this.englishWords = englishWords;
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int searches = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path seeds = TestInfrastructure.repoRoot().resolve("seeds");
        StoreBenchmark benchmark = new StoreBenchmark(vocabulary(seeds, "tr", TURKISH_SYLLABLES),
                vocabulary(seeds, "en", ENGLISH_SYLLABLES));

        TestInfrastructure.Database database = TestInfrastructure.postgres();
        HikariDataSource dataSource = new HikariDataSource();
        // reWriteBatchedInserts: the driver sends a JDBC batch of INSERTs as multi-row INSERTs
        dataSource.setJdbcUrl(database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(4);
        JdbcTemplate jdbc = TestDatabases.migratedAndEmpty(dataSource, "postgresql", null);
        EventCodec codec = new EventCodec();
        ArticleRepository repository = new ArticleRepository(jdbc, new DataSourceTransactionManager(dataSource),
                codec.mapper(), Clock.systemUTC());
        ArticleQueries queries = new ArticleQueries(jdbc, codec.mapper());

        benchmark.upserts(repository, articles, batch);
        jdbc.execute("ANALYZE");
        System.out.printf(Locale.ROOT, "stored: %d articles, %d stories (%d with 2+ articles), %d mentions%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM stories", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM stories WHERE article_count >= 2", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM mentions", Long.class));
        benchmark.searches(queries, searches, ArticleSort.TIME, null);
        benchmark.searches(queries, searches, ArticleSort.RELEVANCE, null);
        benchmark.searches(queries, searches, ArticleSort.TIME, "tr");
    }

    private void upserts(ArticleRepository repository, int articles, int batchSize) {
        List<Long> batchNanos = new ArrayList<>();
        long total = 0;
        int stored = 0;
        while (stored < articles) {
            int n = Math.min(batchSize, articles - stored);
            List<EnrichedArticle> batch = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                batch.add(article(stored + i, articles));
            }
            long t = System.nanoTime();
            repository.upsertAll(batch);
            long elapsed = System.nanoTime() - t;
            batchNanos.add(elapsed);
            total += elapsed;
            stored += n;
            if (batchNanos.size() % 20 == 0) {
                System.out.printf(Locale.ROOT, "  %d stored, %.0f articles/s so far%n", stored, stored / (total / 1e9));
            }
        }
        System.out.printf(Locale.ROOT, "upsert: %d articles in batches of %d: %.1f s, %.0f articles/s; batch p50 %.0f ms,"
                        + " p95 %.0f ms%n", stored, batchSize, total / 1e9, stored / (total / 1e9),
                percentile(batchNanos, 50) / 1e6, percentile(batchNanos, 95) / 1e6);
    }

    private void searches(ArticleQueries queries, int count, ArticleSort sort, String language) {
        List<Long> nanos = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < count + 20; i++) {
            boolean turkish = language != null ? language.equals("tr") : random.nextBoolean();
            List<String> words = turkish ? turkishWords : englishWords;
            String q = random.nextInt(3) == 0 ? queryWord(words) + " " + queryWord(words) : queryWord(words);
            long t = System.nanoTime();
            ArticlePage page = queries.list(new ArticleFilter(language, null, null, null, null, null, null, q), sort, 0, 20, null);
            long elapsed = System.nanoTime() - t;
            if (i >= 20) { // the first ones warm up the JIT and the caches
                nanos.add(elapsed);
                hits += page.total();
            }
        }
        System.out.printf(Locale.ROOT, "search sort=%s%s: %d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " mean %.0f matches%n", sort.name().toLowerCase(Locale.ROOT), language == null ? "" : " language=" + language,
                nanos.size(), percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, percentile(nanos, 99) / 1e6,
                percentile(nanos, 100) / 1e6, (double) hits / nanos.size());
    }

    private EnrichedArticle article(int index, int articles) {
        int event = index / ARTICLES_PER_EVENT;
        Random eventRandom = new Random(event);
        Instant eventTime = START.plusSeconds((long) ((double) index / articles * SPAN.toSeconds()));
        boolean turkish = random.nextBoolean();
        List<String> words = turkish ? turkishWords : englishWords;
        // the event's cast: four entities shared by its articles; each article adds one or two of its own
        List<Integer> cast = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cast.add(zipf(eventRandom, ENTITY_POOL));
        }
        for (int i = 0, extra = 1 + random.nextInt(2); i < extra; i++) {
            cast.add(zipf(random, ENTITY_POOL));
        }
        List<Entity> entities = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        int paragraphCount = 6 + random.nextInt(6);
        for (int p = 0; p < paragraphCount; p++) {
            StringBuilder paragraph = new StringBuilder();
            int length = 25 + random.nextInt(40);
            for (int w = 0; w < length; w++) {
                paragraph.append(w == 0 ? "" : " ").append(word(words));
            }
            paragraph.append('.');
            paragraphs.add(paragraph.toString());
        }
        String title = capitalise(word(words) + " " + word(words) + " " + word(words));
        paragraphs.add(0, title);
        // mentions: the entity's name appended to a paragraph, offsets into the joined text
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < cast.size(); i++) {
            int entity = cast.get(i);
            if (!seen.add(entity)) {
                continue;
            }
            int p = 1 + random.nextInt(paragraphs.size() - 1);
            paragraphs.set(p, paragraphs.get(p) + " " + entityName(entity));
            spans.add(new int[] {entity, p});
        }
        String joined = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        for (int[] span : spans) {
            String name = entityName(span[0]);
            int paragraphStart = 0;
            for (int p = 0; p < span[1]; p++) {
                paragraphStart += paragraphs.get(p).length() + CleanArticle.PARAGRAPH_SEPARATOR.length();
            }
            int start = joined.indexOf(name, paragraphStart);
            double salience = spans.indexOf(span) < 4 ? 0.4 + 0.5 * random.nextDouble() : 0.1 + 0.2 * random.nextDouble();
            entities.add(new Entity("bench:" + span[0], EntityType.values()[span[0] % 4], name, null, salience,
                    List.of(new Mention(name, start, start + name.length()))));
        }
        String uri = "https://bench.example/" + (turkish ? "tr" : "en") + "/" + index;
        String id = ArticleId.of(uri);
        Instant fetched = eventTime.plusSeconds(random.nextInt(86_400));
        CleanArticle clean = new CleanArticle(CleanArticle.SCHEMA_VERSION, id, uri, turkish ? "bench-tr" : "bench-en",
                fetched, ArticleId.sha256Hex(joined.getBytes(StandardCharsets.UTF_8)), "text/html", title, null, null,
                null, uri, null, null, null, paragraphs, joined, List.of(), CleanArticle.Status.OK, null, fetched);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, clean,
                new LanguageTag(turkish ? "tr" : "en", 0.99, List.of(), List.of()), entities, fetched.plusSeconds(1));
    }

    private static String entityName(int entity) {
        return "Entity" + Integer.toString(entity, 36).toUpperCase(Locale.ROOT);
    }

    private String queryWord(List<String> words) {
        return words.get(COMMON_WORDS + zipf(random, words.size() - COMMON_WORDS));
    }

    private String word(List<String> words) {
        return words.get(zipf(random, words.size()));
    }

    /** A Zipf-like index in [0, n): small indexes (frequent words, prominent entities) far more often. */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, random.nextDouble())) - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Distinct words of the seed article in that language, most frequent first, then made-up words of the
     * language's syllables up to {@link #VOCABULARY_SIZE}.
     */
    private static List<String> vocabulary(Path seeds, String language, String[] syllables) throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file);
                boolean turkish = text.contains("ş") || text.contains("ğ");
                if (turkish == language.equals("tr")) {
                    words.addAll(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
                }
            }
        }
        Map<String, Long> counts = new HashMap<>();
        words.stream().filter(w -> w.length() > 2).forEach(w -> counts.merge(w, 1L, Long::sum));
        Set<String> vocabulary = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        Random random = new Random(language.hashCode());
        while (vocabulary.size() < VOCABULARY_SIZE) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            vocabulary.add(word.toString());
        }
        return List.copyOf(vocabulary);
    }

    private static double percentile(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

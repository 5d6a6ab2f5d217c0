package io.newspipe.enricher.bench;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.enricher.TestEnrichers;
import io.newspipe.enricher.eval.LanguageHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles to measure with: the seed files of the repository, and articles of about 3 KB (UTF-8) built from
 * the Turkish news sentences of the entity harness (markup removed) and from the English seed plus English
 * news sentences.
 */
public final class BenchmarkArticles {

    public static final int TARGET_BYTES = 3_000;

    private BenchmarkArticles() {
    }

    public static List<CleanArticle> seeds() {
        Path seeds = repoRoot().resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            List<CleanArticle> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(article("seed:" + file.getFileName(), paragraphs(Files.readString(file, StandardCharsets.UTF_8))));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** About 3 KB each: Turkish articles from the news sentences, and one English article. */
    public static List<CleanArticle> threeKilobyte() {
        List<CleanArticle> articles = new ArrayList<>(chunks("tr-3kb-", turkishSentences(), TARGET_BYTES));
        List<String> english = new ArrayList<>(seeds().stream()
                .filter(a -> a.text().contains("the"))
                .findFirst().orElseThrow().paragraphs());
        english.addAll(LanguageHarness.sentences().get("en"));
        articles.add(article("en-3kb", english));
        return articles;
    }

    /** About 3 KB each, English: sentences of real news pages (the English news set, markup removed). */
    public static List<CleanArticle> englishThreeKilobyte() {
        return chunks("en-3kb-", sentences("/ner/en-news.annotated.txt"), TARGET_BYTES);
    }

    /** About 12 KB each, a long article: the Turkish news sentences, then the English ones. */
    public static List<CleanArticle> twelveKilobyte() {
        List<CleanArticle> articles = new ArrayList<>(chunks("tr-12kb-", turkishSentences(), 4 * TARGET_BYTES));
        articles.addAll(chunks("en-12kb-", sentences("/ner/en-news.annotated.txt"), 4 * TARGET_BYTES));
        return articles;
    }

    private static List<CleanArticle> chunks(String prefix, List<String> sentences, int targetBytes) {
        List<CleanArticle> articles = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        int bytes = 0;
        for (String sentence : sentences) {
            paragraphs.add(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 2;
            if (bytes >= targetBytes) {
                articles.add(article(prefix + articles.size(), paragraphs));
                paragraphs = new ArrayList<>();
                bytes = 0;
            }
        }
        return articles;
    }

    static List<String> turkishSentences() {
        return sentences("/ner/tr-news.annotated.txt");
    }

    private static List<String> sentences(String annotatedResource) {
        try (InputStream in = BenchmarkArticles.class.getResourceAsStream(annotatedResource)) {
            List<String> sentences = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sentences.add(line.replaceAll("\\{[PLO]:([^}]*)}", "$1").strip());
                }
            }
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CleanArticle article(String source, List<String> paragraphs) {
        return TestEnrichers.article(ArticleId.of(source), null, paragraphs);
    }

    static List<String> paragraphs(String text) {
        return Stream.of(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository: no seeds/ directory above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

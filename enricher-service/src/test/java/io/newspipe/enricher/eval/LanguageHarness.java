package io.newspipe.enricher.eval;

import io.newspipe.contract.EnrichedArticle.LanguageTag;
import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.enricher.language.LanguageSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures language identification on {@value #RESOURCE}: short news sentences in 27 languages. Reports,
 * per language, the share of sentences labelled correctly, labelled {@code und}, and labelled as one of
 * our own languages (tr, en) by mistake; then the same per "article" (a language's sentences joined), and
 * the per-sentence shares of a mixed Turkish/English text. Run from the repository root:
 * <pre>
 * ./mvnw -o -q -pl enricher-service test-compile exec:java \
 *     -Dexec.mainClass=io.newspipe.enricher.eval.LanguageHarness [-Dexec.args="--mode HIGH"]
 * </pre>
 */
public final class LanguageHarness {

    public static final String RESOURCE = "/language/sentences.tsv";
    private static final List<String> OURS = List.of("tr", "en");

    /** Per language: sentences, correct, und, wrongly labelled tr or en. */
    public record Row(String language, int sentences, int correct, int undetermined, int labelledOurs, double meanConfidence) {
        public double accuracy() {
            return (double) correct / sentences;
        }
    }

    private LanguageHarness() {
    }

    public static void main(String[] args) {
        AccuracyMode mode = AccuracyMode.LOW;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mode")) {
                mode = AccuracyMode.valueOf(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i] + " (expected --mode LOW|HIGH)");
            }
        }
        LanguageIdentifier identifier = LanguageIdentifier.create(mode, LanguageSettings.DEFAULTS);
        Map<String, List<String>> sentences = sentences();
        List<Row> rows = evaluate(identifier, sentences);
        System.out.printf("Language identification, %s accuracy mode, defaults %s%n", mode, LanguageSettings.DEFAULTS);
        System.out.printf("  %-4s %5s %8s %6s %8s %9s %s%n", "lang", "n", "accuracy", "und", "as tr/en", "mean conf", "article");
        int total = 0;
        int correct = 0;
        int und = 0;
        int foreign = 0;
        int foreignAsOurs = 0;
        for (Row row : rows) {
            LanguageTag article = identifier.identify(String.join(" ", sentences.get(row.language())));
            System.out.printf("  %-4s %5d %8.2f %6d %8d %9.2f %s (%.2f)%n", row.language(), row.sentences(), row.accuracy(),
                    row.undetermined(), row.labelledOurs(), row.meanConfidence(), article.code(), article.confidence());
            total += row.sentences();
            correct += row.correct();
            und += row.undetermined();
            if (!OURS.contains(row.language())) {
                foreign += row.sentences();
                foreignAsOurs += row.labelledOurs();
            }
        }
        System.out.printf("  overall sentence accuracy %.3f (%d/%d), und %.3f, other languages labelled tr/en %.3f (%d/%d)%n",
                (double) correct / total, correct, total, (double) und / total, (double) foreignAsOurs / foreign, foreignAsOurs, foreign);
        List<String> mixed = new ArrayList<>(sentences.get("tr").subList(0, 6));
        mixed.addAll(sentences.get("en").subList(0, 4));
        LanguageTag tag = identifier.identify(String.join(" ", mixed));
        System.out.printf("Mixed text (6 tr + 4 en sentences): %s, confidence %.2f, shares %s%n", tag.code(), tag.confidence(), tag.shares());
        // Lingua loads a language's models when it first judges that language: after every language above has been
        // judged, the heap holds what a service seeing all of them would.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.printf("Heap used after a full GC, every language's models loaded: %d MB (max heap %d MB)%n",
                java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    public static List<Row> evaluate(LanguageIdentifier identifier, Map<String, List<String>> sentences) {
        List<Row> rows = new ArrayList<>();
        sentences.forEach((language, list) -> {
            int correct = 0;
            int und = 0;
            int ours = 0;
            double confidence = 0;
            for (String sentence : list) {
                LanguageTag tag = identifier.identify(sentence);
                confidence += tag.confidence();
                if (tag.code().equals(language)) {
                    correct++;
                } else if (tag.code().equals(LanguageTag.UNDETERMINED)) {
                    und++;
                } else if (OURS.contains(tag.code())) {
                    ours++;
                }
            }
            rows.add(new Row(language, list.size(), correct, und, ours, confidence / list.size()));
        });
        return rows;
    }

    /** The sentences by language, in file order. */
    public static Map<String, List<String>> sentences() {
        try (InputStream in = LanguageHarness.class.getResourceAsStream(RESOURCE)) {
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                byLanguage.computeIfAbsent(line.substring(0, tab), l -> new ArrayList<>()).add(line.substring(tab + 1).strip());
            }
            return byLanguage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

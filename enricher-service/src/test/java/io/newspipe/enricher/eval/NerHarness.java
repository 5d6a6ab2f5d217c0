package io.newspipe.enricher.eval;

import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.entity.GazetteerLoader;
import io.newspipe.enricher.entity.LinkingSettings;
import io.newspipe.enricher.entity.RecognizerRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores entity recognition on WikiANN English and on the Turkish news set of this module. Run from the
 * repository root (see enricher-service/README.md):
 * <pre>
 * ./mvnw -o -q -pl enricher-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newspipe.enricher.eval.NerHarness [-Dexec.args="--wikiann PATH --tr PATH --limit N"]
 * </pre>
 * Paths default to {@code $NEWSPIPE_WIKIANN} or {@value #DEFAULT_WIKIANN} (relative to the repository root)
 * and the Turkish set on the test class path.
 */
public final class NerHarness {

    public static final String DEFAULT_WIKIANN = "../shared/data/wikiann-en/dev.txt";
    public static final String TURKISH_RESOURCE = "/ner/tr-news.bio";

    private NerHarness() {
    }

    public static void main(String[] args) throws Exception {
        String wikiann = System.getenv().getOrDefault("NEWSPIPE_WIKIANN", DEFAULT_WIKIANN);
        String turkish = null;
        int limit = Integer.MAX_VALUE;
        int errors = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--wikiann" -> wikiann = args[++i];
                case "--tr" -> turkish = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --wikiann PATH, --tr PATH, --limit N, --errors N)");
            }
        }
        EntityRecognizer recognizer = new EntityRecognizer(GazetteerLoader.load(null, LinkingSettings.DEFAULTS),
                RecognizerRules.fromClasspath());
        NerEvaluation evaluation = new NerEvaluation(recognizer);

        List<BioCorpus.Sentence> tr = turkish == null ? turkishNews() : BioCorpus.read(Path.of(turkish));
        System.out.println(evaluation.evaluate("Turkish news (" + (turkish == null ? TURKISH_RESOURCE : turkish) + ")",
                head(tr, limit), "tr").table());
        System.out.println(evaluation.breakdown(head(tr, limit), "tr"));
        evaluation.differences(head(tr, limit), "tr", errors).forEach(System.out::println);

        Path wikiannPath = resolve(wikiann);
        if (Files.isRegularFile(wikiannPath)) {
            List<BioCorpus.Sentence> en = BioCorpus.read(wikiannPath);
            System.out.println(evaluation.evaluate("WikiANN en (" + wikiannPath + ")", head(en, limit), "en").table());
            System.out.println(evaluation.breakdown(head(en, limit), "en"));
            evaluation.differences(head(en, limit), "en", errors).forEach(System.out::println);
        } else {
            System.out.println("WikiANN not found at " + wikiannPath + " (set --wikiann or NEWSPIPE_WIKIANN)");
        }
    }

    public static List<BioCorpus.Sentence> turkishNews() throws Exception {
        return BioCorpus.read(Path.of(NerHarness.class.getResource(TURKISH_RESOURCE).toURI()));
    }

    /** A relative path is tried against the working directory, then against the repository root. */
    static Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute() || Files.exists(p)) {
            return p;
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? p : dir.resolve(path).normalize();
    }

    private static <T> List<T> head(List<T> list, int limit) {
        return list.size() <= limit ? list : list.subList(0, limit);
    }
}

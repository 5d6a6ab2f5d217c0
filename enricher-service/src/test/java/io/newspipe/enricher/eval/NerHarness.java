package io.newspipe.enricher.eval;

import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.entity.GazetteerLoader;
import io.newspipe.enricher.entity.LinkingSettings;
import io.newspipe.enricher.entity.RecognizerRules;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores entity recognition on every annotated set: the news sets of this module (Turkish, a second Turkish
 * set annotated without sight of the recogniser, English news from Mozilla Readability's pages, English
 * wire-style news for development and another held out from tuning) and WikiANN English. Run from the repository root (see enricher-service/README.md):
 * <pre>
 * ./mvnw -o -q -pl enricher-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newspipe.enricher.eval.NerHarness [-Dexec.args="--set en-news --errors 50"]
 * </pre>
 * Options: {@code --set NAME} (repeatable; default all), {@code --bio PATH:LANG} (one more BIO file),
 * {@code --wikiann PATH} (default {@code $NEWSPIPE_WIKIANN} or {@value #DEFAULT_WIKIANN}, relative to the
 * repository root), {@code --limit N} sentences per set, {@code --errors N} differing sentences to print,
 * {@code --documents} to run the sentences of one page ({@code # page:} in the set) as one text, as the service sees an article.
 */
public final class NerHarness {

    public static final String DEFAULT_WIKIANN = "../shared/data/wikiann-en/dev.txt";

    /** An annotated set: its name, where it lies and the language the recogniser is told. */
    public record EvalSet(String name, Path path, String language) {

        public List<BioCorpus.Sentence> sentences() {
            return BioCorpus.read(path);
        }
    }

    /** The sets shipped on the test class path: name, resource, language. */
    private static final List<String[]> BUNDLED = List.of(
            new String[] {"tr-news", "/ner/tr-news.bio", "tr"},
            new String[] {"tr-news-dev", "/ner/tr-news-dev.bio", "tr"},
            new String[] {"tr-news-dev2", "/ner/tr-news-dev2.bio", "tr"},
            new String[] {"tr-news-dev3", "/ner/tr-news-dev3.bio", "tr"},
            new String[] {"tr-news-dev4", "/ner/tr-news-dev4.bio", "tr"},
            new String[] {"tr-news-dev5", "/ner/tr-news-dev5.bio", "tr"},
            new String[] {"tr-news-unseen", "/ner/tr-news-unseen.bio", "tr"},
            new String[] {"tr-news-heldout2", "/ner/tr-news-heldout2.bio", "tr"},
            new String[] {"tr-news-heldout3", "/ner/tr-news-heldout3.bio", "tr"},
            new String[] {"tr-news-heldout4", "/ner/tr-news-heldout4.bio", "tr"},
            new String[] {"tr-news-heldout5", "/ner/tr-news-heldout5.bio", "tr"},
            new String[] {"tr-news-heldout6", "/ner/tr-news-heldout6.bio", "tr"},
            new String[] {"tr-news-dev7", "/ner/tr-news-dev7.bio", "tr"},
            new String[] {"tr-news-heldout8", "/ner/tr-news-heldout8.bio", "tr"},
            new String[] {"tr-news-heldout9", "/ner/tr-news-heldout9.bio", "tr"},
            new String[] {"tr-news-heldout10", "/ner/tr-news-heldout10.bio", "tr"},
            new String[] {"tr-news-heldout11", "/ner/tr-news-heldout11.bio", "tr"},
            new String[] {"tr-news-heldout12", "/ner/tr-news-heldout12.bio", "tr"},
            new String[] {"tr-news-heldout13", "/ner/tr-news-heldout13.bio", "tr"},
            new String[] {"tr-news-heldout14", "/ner/tr-news-heldout14.bio", "tr"},
            new String[] {"tr-news-heldout15", "/ner/tr-news-heldout15.bio", "tr"},
            new String[] {"tr-news-heldout16", "/ner/tr-news-heldout16.bio", "tr"},
            new String[] {"tr-news-dev9", "/ner/tr-news-dev9.bio", "tr"},
            new String[] {"tr-news-dev10", "/ner/tr-news-dev10.bio", "tr"},
            new String[] {"tr-news-dev11", "/ner/tr-news-dev11.bio", "tr"},
            new String[] {"tr-news-dev12", "/ner/tr-news-dev12.bio", "tr"},
            new String[] {"tr-news-dev13", "/ner/tr-news-dev13.bio", "tr"},
            new String[] {"tr-news-dev14", "/ner/tr-news-dev14.bio", "tr"},
            new String[] {"tr-news-dev15", "/ner/tr-news-dev15.bio", "tr"},
            new String[] {"tr-news-dev16", "/ner/tr-news-dev16.bio", "tr"},
            new String[] {"en-news", "/ner/en-news.bio", "en"},
            new String[] {"en-wire-dev", "/ner/en-wire-dev.bio", "en"},
            new String[] {"en-wire-dev2", "/ner/en-wire-dev2.bio", "en"},
            new String[] {"en-wire-dev3", "/ner/en-wire-dev3.bio", "en"},
            new String[] {"en-wire-dev4", "/ner/en-wire-dev4.bio", "en"},
            new String[] {"en-reuters-dev", "/ner/en-reuters-dev.bio", "en"},
            new String[] {"en-wire-heldout", "/ner/en-wire-heldout.bio", "en"},
            new String[] {"en-wire-heldout3", "/ner/en-wire-heldout3.bio", "en"},
            new String[] {"en-wire-heldout4", "/ner/en-wire-heldout4.bio", "en"},
            new String[] {"en-news-heldout5", "/ner/en-news-heldout5.bio", "en"},
            new String[] {"en-news-heldout6", "/ner/en-news-heldout6.bio", "en"},
            new String[] {"en-news-dev7", "/ner/en-news-dev7.bio", "en"},
            new String[] {"en-news-heldout8", "/ner/en-news-heldout8.bio", "en"},
            new String[] {"en-news-heldout9", "/ner/en-news-heldout9.bio", "en"},
            new String[] {"en-news-heldout10", "/ner/en-news-heldout10.bio", "en"},
            new String[] {"en-news-heldout11", "/ner/en-news-heldout11.bio", "en"},
            new String[] {"en-news-heldout12", "/ner/en-news-heldout12.bio", "en"},
            new String[] {"en-news-heldout13", "/ner/en-news-heldout13.bio", "en"},
            new String[] {"en-news-heldout14", "/ner/en-news-heldout14.bio", "en"},
            new String[] {"en-news-heldout15", "/ner/en-news-heldout15.bio", "en"},
            new String[] {"en-news-heldout16", "/ner/en-news-heldout16.bio", "en"},
            new String[] {"en-news-dev9", "/ner/en-news-dev9.bio", "en"},
            new String[] {"en-news-dev10", "/ner/en-news-dev10.bio", "en"},
            new String[] {"en-news-dev11", "/ner/en-news-dev11.bio", "en"},
            new String[] {"en-news-dev12", "/ner/en-news-dev12.bio", "en"},
            new String[] {"en-news-dev13", "/ner/en-news-dev13.bio", "en"},
            new String[] {"en-news-dev14", "/ner/en-news-dev14.bio", "en"},
            new String[] {"en-news-dev15", "/ner/en-news-dev15.bio", "en"},
            new String[] {"en-news-dev16", "/ner/en-news-dev16.bio", "en"},
            new String[] {"en-reuters-heldout", "/ner/en-reuters-heldout.bio", "en"},
            new String[] {"en-pages-heldout", "/ner/en-pages-heldout.bio", "en"},
            // other languages: development sets, then held-out ones; the recogniser must not break on these
            new String[] {"de-news-dev", "/ner/de-news-dev.bio", "de"},
            new String[] {"fr-news-dev", "/ner/fr-news-dev.bio", "fr"},
            new String[] {"es-news-dev", "/ner/es-news-dev.bio", "es"},
            new String[] {"it-news-dev", "/ner/it-news-dev.bio", "it"},
            new String[] {"pt-news-dev", "/ner/pt-news-dev.bio", "pt"},
            new String[] {"nl-news-dev", "/ner/nl-news-dev.bio", "nl"},
            new String[] {"de-news-heldout", "/ner/de-news-heldout.bio", "de"},
            new String[] {"fr-news-heldout", "/ner/fr-news-heldout.bio", "fr"},
            new String[] {"es-news-heldout", "/ner/es-news-heldout.bio", "es"},
            new String[] {"it-news-heldout", "/ner/it-news-heldout.bio", "it"},
            new String[] {"pt-news-heldout", "/ner/pt-news-heldout.bio", "pt"},
            new String[] {"nl-news-heldout", "/ner/nl-news-heldout.bio", "nl"});

    private NerHarness() {
    }

    public static void main(String[] args) {
        String wikiann = System.getenv().getOrDefault("NEWSPIPE_WIKIANN", DEFAULT_WIKIANN);
        Set<String> only = new HashSet<>();
        List<EvalSet> extra = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        int errors = 0;
        boolean documents = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--wikiann" -> wikiann = args[++i];
                case "--set" -> only.add(args[++i]);
                case "--bio" -> {
                    String spec = args[++i];
                    int colon = spec.lastIndexOf(':');
                    Path path = Path.of(spec.substring(0, colon));
                    extra.add(new EvalSet(path.getFileName().toString(), path, spec.substring(colon + 1)));
                }
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--errors" -> errors = Integer.parseInt(args[++i]);
                case "--documents" -> documents = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --set NAME, --bio PATH:LANG, --wikiann PATH, --limit N, --errors N, --documents)");
            }
        }
        EntityRecognizer recognizer = new EntityRecognizer(GazetteerLoader.load(null, LinkingSettings.DEFAULTS),
                RecognizerRules.fromClasspath());
        // --documents: the sentences of one page of a set run as one text, as the service sees an article
        NerEvaluation evaluation = documents ? NerEvaluation.documentLevel(recognizer) : new NerEvaluation(recognizer);

        List<EvalSet> sets = new ArrayList<>(bundledSets());
        Path wikiannPath = resolve(wikiann);
        if (Files.isRegularFile(wikiannPath)) {
            sets.add(new EvalSet("wikiann-en", wikiannPath, "en"));
        } else {
            System.out.println("WikiANN not found at " + wikiannPath + " (set --wikiann or NEWSPIPE_WIKIANN)");
        }
        sets.addAll(extra);
        for (EvalSet set : sets) {
            if (!only.isEmpty() && !only.contains(set.name())) {
                continue;
            }
            List<BioCorpus.Sentence> sentences = head(set.sentences(), limit);
            System.out.println(evaluation.evaluate(set.name() + " (" + set.path() + ")", sentences, set.language()).table());
            System.out.println(evaluation.breakdown(sentences, set.language()));
            evaluation.differences(sentences, set.language(), errors).forEach(System.out::println);
        }
    }

    /** The annotated sets on the test class path. */
    public static List<EvalSet> bundledSets() {
        List<EvalSet> sets = new ArrayList<>();
        for (String[] set : BUNDLED) {
            URL resource = NerHarness.class.getResource(set[1]);
            if (resource != null) {
                try {
                    sets.add(new EvalSet(set[0], Path.of(resource.toURI()), set[2]));
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return sets;
    }

    /** A bundled set by name. */
    public static EvalSet bundled(String name) {
        return bundledSets().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no annotated set " + name + " on the test class path"));
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

package io.newspipe.allinone;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.PlainTextArticle;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.entity.GazetteerLoader;
import io.newspipe.enricher.entity.RecognizerRules;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.enricher.pipeline.EnricherProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newspipe enrich FILE...}: clean then enrich files without Kafka, printing one JSON enriched article
 * per file (JSON Lines) as {@code news.enriched-articles.v1} would carry it. The enricher's settings come from
 * the environment exactly as for the service ({@code NEWSPIPE_ENRICHER_*}).
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Clean and enrich files as the services would; prints one JSON enriched article per file (JSON Lines).")
final class EnrichCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "HTML or plain-text files.")
    List<Path> files;

    @Option(names = "--no-clean", description = "Enrich each file's text as it is (UTF-8; paragraphs between blank lines), without the cleaner.")
    boolean noClean;

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        ArticleEnricher enricher = enricherFromEnvironment();
        ArticleCleaner cleaner = noClean ? null : ArticleCleaner.withDefaults(Clock.systemUTC());
        EventCodec codec = new EventCodec();
        int failures = 0;
        for (Path file : files) {
            try {
                CleanArticle article = noClean
                        ? PlainTextArticle.of(CleanCommand.rawPage(file).sourceUri(), "cli", null,
                                Files.readString(file, StandardCharsets.UTF_8), Instant.now())
                        : CleanCommand.clean(cleaner, file);
                out.println(codec.write(enricher.enrich(article)));
            } catch (IOException e) {
                failures++;
                System.err.println("newspipe: cannot read " + file + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static ArticleEnricher enricherFromEnvironment() {
        EnricherProperties p = Binder.get(new StandardEnvironment())
                .bindOrCreate("newspipe.enricher", EnricherProperties.class);
        LanguageIdentifier language = LanguageIdentifier.create(p.accuracy(), p.languageSettings());
        EntityRecognizer entities = new EntityRecognizer(GazetteerLoader.load(p.gazetteerPath(), p.linkingSettings()),
                RecognizerRules.fromClasspath());
        return new ArticleEnricher(language, entities, Clock.systemUTC());
    }
}

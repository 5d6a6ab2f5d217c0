package io.newspipe.allinone;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.PlainTextArticle;
import io.newspipe.enricher.pipeline.EnricherConfiguration;
import io.newspipe.enricher.pipeline.EnricherProperties;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
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
        ArticleEnricher enricher = EnricherConfiguration.createArticleEnricher(
                FileCommands.settings("newspipe.enricher", EnricherProperties.class), Clock.systemUTC());
        ArticleCleaner cleaner = noClean ? null : CleanCommand.cleanerFromEnvironment();
        return FileCommands.eachFile(files, out, file -> enricher.enrich(noClean
                ? PlainTextArticle.of(CleanCommand.rawPage(file).sourceUri(), "cli", null,
                        Files.readString(file, StandardCharsets.UTF_8), Instant.now())
                : CleanCommand.clean(cleaner, file)));
    }
}

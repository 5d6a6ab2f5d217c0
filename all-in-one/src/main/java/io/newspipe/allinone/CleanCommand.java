package io.newspipe.allinone;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.pipeline.CleanerProperties;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import io.newspipe.fetcher.directory.ContentTypes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newspipe clean FILE...}: the cleaner on files, without Kafka. One JSON clean article per input on
 * standard output (JSON Lines), exactly as {@code news.clean-articles.v1} would carry it, with the cleaner
 * service's settings from the environment ({@code NEWSPIPE_CLEANER_*}).
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean HTML or text files as the cleaner service would; prints one JSON clean article per file (JSON Lines).")
final class CleanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "HTML or plain-text files.")
    List<Path> files;

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        ArticleCleaner cleaner = cleanerFromEnvironment();
        return FileCommands.eachFile(files, out, file -> clean(cleaner, file));
    }

    /** The cleaner with the service's settings ({@code NEWSPIPE_CLEANER_*}). */
    static ArticleCleaner cleanerFromEnvironment() {
        CleanerProperties properties = FileCommands.settings("newspipe.cleaner", CleanerProperties.class);
        return new ArticleCleaner(properties.toOptions(), Clock.systemUTC());
    }

    static CleanArticle clean(ArticleCleaner cleaner, Path file) throws IOException {
        return cleaner.clean(rawPage(file));
    }

    /** The file as the fetcher would publish it, named by its path as given. */
    static RawPage rawPage(Path file) throws IOException {
        String source = "file:" + file.normalize().toString().replace('\\', '/');
        return RawPage.of(source, "cli", Instant.now(), ContentTypes.of(file), null, Files.readAllBytes(file));
    }
}

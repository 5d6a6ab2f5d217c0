package io.newspipe.allinone;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the all-in-one jar behind {@code ./newspipe}. */
@Command(name = "newspipe", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "News ingestion pipeline on Apache Kafka, all in one process.",
        subcommands = {RunCommand.class, CleanCommand.class, EnrichCommand.class})
public final class NewspipeCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewspipeCli()).execute(args));
    }

    /** The repository (set by the {@code newspipe} script), else the working directory. */
    static Path home() {
        String home = System.getenv("NEWSPIPE_HOME");
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

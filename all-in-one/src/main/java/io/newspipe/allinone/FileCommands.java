package io.newspipe.allinone;

import io.newspipe.contract.EventCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/** What {@code clean} and {@code enrich} share: settings from the environment, one JSON line per file. */
final class FileCommands {

    /** Turns one file into the event it would become on its topic. */
    interface FileToEvent {
        Object apply(Path file) throws IOException;
    }

    private FileCommands() {
    }

    /**
     * A service's settings bound from the environment and system properties exactly as the service binds them
     * ({@code NEWSPIPE_CLEANER_*}, {@code NEWSPIPE_ENRICHER_*}), defaults where nothing is set.
     */
    static <T> T settings(String prefix, Class<T> type) {
        return Binder.get(new StandardEnvironment()).bindOrCreate(prefix, type);
    }

    /** Prints one JSON line per file; an unreadable file is reported on standard error and makes the exit code 1. */
    static int eachFile(List<Path> files, PrintStream out, FileToEvent toEvent) {
        EventCodec codec = new EventCodec();
        int failures = 0;
        for (Path file : files) {
            try {
                out.println(codec.write(toEvent.apply(file)));
            } catch (IOException e) {
                failures++;
                System.err.println("newspipe: cannot read " + file + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
            }
        }
        return failures == 0 ? 0 : 1;
    }
}

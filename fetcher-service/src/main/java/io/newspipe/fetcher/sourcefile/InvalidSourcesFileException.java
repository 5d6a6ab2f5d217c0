package io.newspipe.fetcher.sourcefile;

import java.util.List;

/** The sources file cannot be used as it is; the message lists every problem found. */
public final class InvalidSourcesFileException extends Exception {

    private final List<String> problems;

    public InvalidSourcesFileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

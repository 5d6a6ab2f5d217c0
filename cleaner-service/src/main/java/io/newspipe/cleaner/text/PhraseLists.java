package io.newspipe.cleaner.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boilerplate phrase lists, by section ({@code [comment-footer]}, {@code [share-bar]}, ...), read from
 * the bundled {@value #DEFAULT_RESOURCE} or from a file that replaces it.
 */
public final class PhraseLists {

    public static final String DEFAULT_RESOURCE = "/cleaner/boilerplate-phrases.txt";

    public static final String COMMENT_FOOTER = "comment-footer";
    public static final String SHARE_BAR = "share-bar";
    public static final String SHARE_TOKEN = "share-token";
    public static final String RELATED_HEADING = "related-heading";
    public static final String READ_MORE = "read-more";
    public static final String FUNCTION_WORDS = "function-words";
    public static final String BYLINE = "byline";
    public static final String BYLINE_JOINER = "byline-joiner";

    private final Map<String, List<String>> sections;

    private PhraseLists(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    public static PhraseLists defaults() {
        try (InputStream in = PhraseLists.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lists from {@code file}, or the bundled ones when {@code file} is null. */
    public static PhraseLists load(Path file) {
        if (file == null) {
            return defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrase lists from " + file, e);
        }
    }

    public static PhraseLists parse(InputStream in) throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1).strip(), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(trimmed);
                }
            }
        }
        return new PhraseLists(sections);
    }

    public PhraseList list(String section) {
        return new PhraseList(sections.getOrDefault(section, List.of()));
    }

    /** Every whitespace-separated word of a section, folded. */
    public Set<String> words(String section) {
        Set<String> words = new HashSet<>();
        for (String line : sections.getOrDefault(section, List.of())) {
            words.addAll(TextFolding.words(line));
        }
        return words;
    }
}

package io.newspipe.enricher.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences in the CoNLL/WikiANN BIO format: one {@code token<TAB>tag} per line, a blank line between
 * sentences, '#' comment lines skipped, except {@code # page: NAME}, which starts a document: the sentences
 * after it come from that page, for scoring whole documents. A WikiANN language prefix on the token
 * ({@code en:Paris}) is dropped.
 */
public final class BioCorpus {

    private static final Pattern LANGUAGE_PREFIX = Pattern.compile("^[a-z]{2,3}:(?=.)");

    /** One sentence: its tokens and their BIO tags (O, B-PER, I-LOC …), and the document it is from (null: none named). */
    public record Sentence(List<String> tokens, List<String> tags, String document) {

        public Sentence(List<String> tokens, List<String> tags) {
            this(tokens, tags, null);
        }
    }

    private static final String DOCUMENT_MARKER = "# page:";

    private BioCorpus() {
    }

    public static List<Sentence> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<Sentence> parse(List<String> lines) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String document = null;
        for (String line : lines) {
            if (line.startsWith(DOCUMENT_MARKER)) {
                document = line.substring(DOCUMENT_MARKER.length()).strip();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), document));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("expected token<TAB>tag: " + line);
            }
            tokens.add(LANGUAGE_PREFIX.matcher(line.substring(0, tab)).replaceFirst(""));
            tags.add(line.substring(tab + 1).strip());
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), List.copyOf(tags), document));
        }
        return sentences;
    }
}

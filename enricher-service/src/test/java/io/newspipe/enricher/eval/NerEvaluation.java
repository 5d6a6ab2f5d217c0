package io.newspipe.enricher.eval;

import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.enricher.entity.EntityRecognizer;
import io.newspipe.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mention-level scoring of the {@link EntityRecognizer} against BIO-annotated sentences: a predicted
 * mention counts only when its token span and type equal a gold mention's (CoNLL exact match).
 *
 * <p>Each sentence is detokenised (no space before closing punctuation or after an opening bracket), run
 * through the recogniser as a text of its own, and every predicted mention is mapped back to the tokens
 * its character offsets cover. {@link #documentLevel} instead runs the sentences of one document (a
 * {@code # page:} of the set) as one text, a paragraph each, as the service sees an article: a name typed in
 * one sentence then types its mentions in the others. Gold PER/LOC/ORG map to PERSON/LOCATION/ORGANIZATION. The gold sets have no
 * MISC, so MISC predictions are reported apart and do not count against the three scored types.
 */
public final class NerEvaluation {

    public static final List<EntityType> SCORED = List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION);

    /** A mention as token span [from, to) and type. */
    public record Span(int from, int to, EntityType type) {
    }

    /** Counts of one type. */
    public static final class Counts {
        public int truePositives;
        public int predicted;
        public int gold;

        public double precision() {
            return predicted == 0 ? 0.0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** Scores per type, plus the MISC predictions and how many of them sit exactly on a gold span. */
    public record Result(String name, int sentences, Map<EntityType, Counts> byType, int miscPredicted,
                         int miscOnGoldSpan, Counts micro) {

        public Counts of(EntityType type) {
            return byType.get(type);
        }

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%s (%d sentences)%n", name, sentences));
            out.append(String.format("  %-13s %6s %6s %6s %6s %6s %6s%n", "type", "gold", "pred", "tp", "P", "R", "F1"));
            for (EntityType type : SCORED) {
                out.append(row(type.name(), byType.get(type)));
            }
            out.append(row("micro(P/L/O)", micro));
            out.append(String.format("  MISC predicted: %d (%d of them exactly on a gold PER/LOC/ORG span)%n",
                    miscPredicted, miscOnGoldSpan));
            return out.toString();
        }

        private static String row(String label, Counts c) {
            return String.format("  %-13s %6d %6d %6d %6.3f %6.3f %6.3f%n", label, c.gold, c.predicted, c.truePositives,
                    c.precision(), c.recall(), c.f1());
        }
    }

    private final EntityRecognizer recognizer;
    private final boolean documents;

    public NerEvaluation(EntityRecognizer recognizer) {
        this(recognizer, false);
    }

    private NerEvaluation(EntityRecognizer recognizer, boolean documents) {
        this.recognizer = recognizer;
        this.documents = documents;
    }

    /** Scores the sentences of one document together (sentences without a document alone). */
    public static NerEvaluation documentLevel(EntityRecognizer recognizer) {
        return new NerEvaluation(recognizer, true);
    }

    /** The predicted spans of every sentence, in order. */
    private List<Set<Span>> predictAll(List<BioCorpus.Sentence> sentences, String language) {
        List<Set<Span>> out = new ArrayList<>(sentences.size());
        int i = 0;
        while (i < sentences.size()) {
            String document = sentences.get(i).document();
            int end = i + 1;
            while (documents && document != null && end < sentences.size() && document.equals(sentences.get(end).document())) {
                end++;
            }
            out.addAll(predictedTogether(sentences.subList(i, end), language));
            i = end;
        }
        return out;
    }

    public Result evaluate(String name, List<BioCorpus.Sentence> sentences, String language) {
        Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
        SCORED.forEach(t -> byType.put(t, new Counts()));
        Counts micro = new Counts();
        int miscPredicted = 0;
        int miscOnGold = 0;
        List<Set<Span>> predictions = predictAll(sentences, language);
        for (int s = 0; s < sentences.size(); s++) {
            Set<Span> gold = goldSpans(sentences.get(s).tags());
            Set<Span> predicted = predictions.get(s);
            Set<Span> goldUntyped = new HashSet<>();
            gold.forEach(g -> goldUntyped.add(new Span(g.from(), g.to(), null)));
            for (Span g : gold) {
                byType.get(g.type()).gold++;
                micro.gold++;
            }
            for (Span p : predicted) {
                if (p.type() == EntityType.MISC) {
                    miscPredicted++;
                    if (goldUntyped.contains(new Span(p.from(), p.to(), null))) {
                        miscOnGold++;
                    }
                    continue;
                }
                Counts counts = byType.get(p.type());
                counts.predicted++;
                micro.predicted++;
                if (gold.contains(p)) {
                    counts.truePositives++;
                    micro.truePositives++;
                }
            }
        }
        return new Result(name, sentences.size(), byType, miscPredicted, miscOnGold, micro);
    }

    /** Sentences where prediction and gold differ, with the differing mentions (for reading errors, not scoring). */
    public List<String> differences(List<BioCorpus.Sentence> sentences, String language, int max) {
        List<String> out = new ArrayList<>();
        List<Set<Span>> predictions = max > 0 ? predictAll(sentences, language) : List.of();
        for (int s = 0; s < sentences.size() && max > 0; s++) {
            if (out.size() >= max) {
                break;
            }
            BioCorpus.Sentence sentence = sentences.get(s);
            Set<Span> gold = goldSpans(sentence.tags());
            Set<Span> predicted = new HashSet<>(predictions.get(s));
            predicted.removeIf(p -> p.type() == EntityType.MISC && gold.stream().noneMatch(g -> g.from() == p.from() && g.to() == p.to()));
            if (gold.equals(predicted)) {
                continue;
            }
            StringBuilder line = new StringBuilder(detokenize(sentence.tokens()).text());
            for (Span g : gold) {
                if (!predicted.contains(g)) {
                    line.append("\n    missed ").append(g.type()).append(": ").append(String.join(" ", sentence.tokens().subList(g.from(), g.to())));
                }
            }
            for (Span p : predicted) {
                if (!gold.contains(p)) {
                    line.append("\n    wrong  ").append(p.type()).append(": ").append(String.join(" ", sentence.tokens().subList(p.from(), p.to())));
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /**
     * What went wrong with each gold mention of a type: found exactly; found with the right span but another
     * type (MISC included); overlapped by a prediction with other boundaries; or not touched at all. And how
     * many wrong predictions of the type touch no gold mention. For reading errors, not for scoring.
     */
    private static final String EXAMPLES_OF_MISSED = System.getProperty("newspipe.ner.missed", "");

    public String breakdown(List<BioCorpus.Sentence> sentences, String language) {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        SCORED.forEach(t -> counts.put(t, new int[5]));
        List<Set<Span>> predictions = predictAll(sentences, language);
        for (int s = 0; s < sentences.size(); s++) {
            BioCorpus.Sentence sentence = sentences.get(s);
            Set<Span> gold = goldSpans(sentence.tags());
            Set<Span> predicted = predictions.get(s);
            for (Span g : gold) {
                int[] c = counts.get(g.type());
                if (predicted.contains(g)) {
                    c[0]++;
                } else if (predicted.stream().anyMatch(p -> p.from() == g.from() && p.to() == g.to())) {
                    c[1]++;
                } else if (predicted.stream().anyMatch(p -> p.from() < g.to() && g.from() < p.to())) {
                    c[2]++;
                } else {
                    c[3]++;
                    if (EXAMPLES_OF_MISSED.equals(g.type().name())) {
                        System.out.println("missed " + g.type() + ": " + String.join(" ", sentence.tokens().subList(g.from(), g.to()))
                                + "    | " + detokenize(sentence.tokens()).text());
                    }
                }
            }
            for (Span p : predicted) {
                if (p.type() != EntityType.MISC && gold.stream().noneMatch(g -> p.from() < g.to() && g.from() < p.to())) {
                    counts.get(p.type())[4]++;
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format("  %-13s %8s %10s %10s %8s %14s%n",
                "gold type", "exact", "other type", "boundary", "missed", "spurious pred"));
        counts.forEach((type, c) -> out.append(String.format("  %-13s %8d %10d %10d %8d %14d%n", type, c[0], c[1], c[2], c[3], c[4])));
        return out.toString();
    }

    /** The recogniser's mentions in one sentence, as token spans. */
    public Set<Span> predictedSpans(List<String> tokens, String language) {
        return predictedTogether(List.of(new BioCorpus.Sentence(tokens, List.of())), language).get(0);
    }

    /** The recogniser's mentions in sentences run as one text (a paragraph each), as token spans per sentence. */
    private List<Set<Span>> predictedTogether(List<BioCorpus.Sentence> sentences, String language) {
        StringBuilder text = new StringBuilder();
        List<Detokenized> parts = new ArrayList<>();
        int[] offsets = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) {
                text.append("\n\n");
            }
            offsets[s] = text.length();
            Detokenized part = detokenize(sentences.get(s).tokens());
            parts.add(part);
            text.append(part.text());
        }
        List<Set<Span>> spans = new ArrayList<>();
        sentences.forEach(x -> spans.add(new HashSet<>()));
        for (Entity entity : recognizer.recognize(text.toString(), null, language)) {
            for (Mention m : entity.mentions()) {
                int s = sentences.size() - 1;
                while (s > 0 && offsets[s] > m.start()) {
                    s--;
                }
                Detokenized part = parts.get(s);
                int start = m.start() - offsets[s];
                int end = m.end() - offsets[s];
                int from = -1;
                int to = -1;
                for (int i = 0; i < part.starts().length; i++) {
                    if (part.starts()[i] < end && part.ends()[i] > start) {
                        if (from < 0) {
                            from = i;
                        }
                        to = i + 1;
                    }
                }
                while (to - 1 > from && POSSESSIVES.contains(part.tokens().get(to - 1))) {
                    to--; // "Clinton 's": a possessive that the set writes apart is no part of the name
                }
                if (from >= 0) {
                    spans.get(s).add(new Span(from, to, entity.type()));
                }
            }
        }
        return spans;
    }

    /** Gold mentions from BIO tags; an I- without a matching B- opens a mention (lenient IOB1 reading). */
    public static Set<Span> goldSpans(List<String> tags) {
        Set<Span> spans = new HashSet<>();
        int from = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType tagType = tag.length() > 2 ? typeOf(tag.substring(2)) : null;
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && tagType != type);
            boolean outside = tag.equals("O") || tagType == null;
            if ((begins || outside) && from >= 0) {
                if (type != null) {
                    spans.add(new Span(from, i, type));
                }
                from = -1;
                type = null;
            }
            if (begins && !outside) {
                from = i;
                type = tagType;
            }
        }
        return spans;
    }

    private static EntityType typeOf(String label) {
        return switch (label) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "LOC", "LOCATION", "GPE" -> EntityType.LOCATION;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    /** A sentence's text, its tokens and each token's [start, end) offsets in it. */
    public record Detokenized(String text, List<String> tokens, int[] starts, int[] ends) {
    }

    private static final String NO_SPACE_BEFORE = ".,;:!?)]}%'’”»…";
    /** Possessives and contractions that CoNLL-style sets write as tokens of their own: joined to the word before. */
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'S", "'", "’");
    private static final Set<String> CLITICS = Set.of("'s", "’s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m");
    private static final String NO_SPACE_AFTER = "([{“«";

    public static Detokenized detokenize(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean quoteOpen = false;
        boolean previousOpens = true; // nothing before the first token
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean closes = token.length() == 1 && NO_SPACE_BEFORE.indexOf(token.charAt(0)) >= 0 || CLITICS.contains(token);
            boolean opens = token.length() == 1 && NO_SPACE_AFTER.indexOf(token.charAt(0)) >= 0
                    || Tokenizer.isElidedArticle(token); // "l'Assemblée", "dell'Università": no space after the elision
            if (token.equals("\"")) {
                closes = quoteOpen;
                opens = !quoteOpen;
                quoteOpen = !quoteOpen;
            }
            if (!previousOpens && !closes) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(token);
            ends[i] = text.length();
            previousOpens = opens;
        }
        return new Detokenized(text.toString(), tokens, starts, ends);
    }
}

package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.enricher.entity.MentionScan.FoundMention;
import io.newspipe.enricher.text.Folding;
import io.newspipe.enricher.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds named entities with rules, patterns and the {@link Gazetteer}, and gives each one canonical id.
 *
 * <p>Candidates are runs of capitalised words, acronyms and designators ("S-400"), cut at title cues
 * ("President", "Cumhurbaşkanı"), which also mark the following name as a person. Capitals at a sentence
 * start prove nothing: such a lone word is kept only when it is a known name, carries a Turkish
 * apostrophe suffix, or is capitalised elsewhere in the middle of a sentence. Candidates link to the
 * gazetteer exactly or fuzzily; the rest get an id from their folded form ({@value #UNKNOWN_ID_PREFIX}key),
 * so the same unknown name has the same id in every language that spells it alike.
 *
 * <p>A mention's text and offsets cover the whole surface tokens, a Turkish suffix included
 * ("Lukaşenko’nun", not "Lukaşenko"); the entity's name and id come from the stem.
 *
 * <p>Finding mentions is a {@link MentionScan} per text, whose last step is the {@link ContextPasses}; this
 * class groups the mentions into entities, links them and scores their salience.
 */
public final class EntityRecognizer {

    public static final String UNKNOWN_ID_PREFIX = "name:";
    private final Gazetteer gazetteer;
    private final RecognizerRules rules;
    private final Tokenizer tokenizer;
    private final Set<String> knownSurnames;
    private final KnownLongNames knownLongNames;

    public EntityRecognizer(Gazetteer gazetteer, RecognizerRules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.tokenizer = new Tokenizer(rules.abbreviations());
        this.knownSurnames = KnownSurnames.of(gazetteer, rules);
        this.knownLongNames = KnownLongNames.of(gazetteer);
    }

    /**
     * @param text     the article body; mention offsets point into it
     * @param title    the headline, or null: it is searched only to raise the salience of what it names
     * @param language ISO 639-1 code of the text (chooses the stop list), or null / {@code und}
     */
    public List<Entity> recognize(String text, String title, String language) {
        String body = text == null ? "" : text;
        LanguageProfile profile = rules.profile(language);
        List<Group> groups = group(findMentions(body, profile));
        boolean hasTitle = title != null && !title.isBlank();
        Set<String> titleIds = new HashSet<>();
        if (hasTitle) {
            group(findMentions(title, profile)).forEach(g -> titleIds.add(g.id()));
        }
        int maxMentions = groups.stream().mapToInt(g -> g.mentions.size()).max().orElse(1);
        List<Entity> entities = new ArrayList<>();
        for (Group g : groups) {
            List<Mention> mentions = g.mentions.stream()
                    .sorted(Comparator.comparingInt(FoundMention::start))
                    .map(m -> new Mention(m.surface(), m.start(), m.end()))
                    .distinct()
                    .toList();
            double frequency = (double) mentions.size() / maxMentions;
            double earliness = 1.0 - (double) mentions.get(0).start() / Math.max(1, body.length());
            double salience = hasTitle
                    ? 0.5 * frequency + 0.25 * earliness + (titleIds.contains(g.id()) ? 0.25 : 0.0)
                    : 0.6 * frequency + 0.4 * earliness;
            entities.add(new Entity(g.id(), g.type(), g.name(), g.entry == null ? null : g.entry.qid(),
                    Math.round(Math.min(1.0, Math.max(0.0, salience)) * 10_000) / 10_000.0, mentions));
        }
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return entities;
    }

    // ---------------------------------------------------------------------------------------------------
    // finding mentions

    private List<FoundMention> findMentions(String text, LanguageProfile profile) {
        MentionScan scan = new MentionScan(gazetteer, rules, knownSurnames, knownLongNames, text, tokenizer.tokenize(text), profile);
        scan.run();
        return scan.mentions();
    }

    // ---------------------------------------------------------------------------------------------------
    // one entity per name

    /** The mentions of one entity. */
    private static final class Group {
        GazetteerEntry entry;
        final List<FoundMention> mentions = new ArrayList<>();

        Group(GazetteerEntry entry) {
            this.entry = entry;
        }

        private FoundMention representative;
        private int representativeOf = -1;
        private EntityType hintedType;
        private int hintedTypeOf = -1;

        /** The mention that names it best: most words, then most often seen (kept until mentions are added). */
        FoundMention representative() {
            if (representativeOf != mentions.size()) {
                Map<String, Integer> counts = new HashMap<>();
                mentions.forEach(m -> counts.merge(m.key(), 1, Integer::sum));
                representative = mentions.stream().max(Comparator.comparingInt(FoundMention::tokenCount)
                        .thenComparingInt(m -> counts.get(m.key()))).orElseThrow();
                representativeOf = mentions.size();
            }
            return representative;
        }

        String id() {
            return entry != null ? entry.id() : UNKNOWN_ID_PREFIX + representative().key();
        }

        String name() {
            return entry != null ? entry.name() : representative().name();
        }

        /** Known type, or what the cues said (a title beats everything), or null when nothing did. */
        EntityType hintedType() {
            if (entry != null) {
                return entry.type();
            }
            // Asked for every pair while grouping: kept until mentions are added.
            if (hintedTypeOf != mentions.size()) {
                hintedType = firstHint();
                hintedTypeOf = mentions.size();
            }
            return hintedType;
        }

        /** What cues other than the context said ("Mayor …", "… Agency"): "Vendrell said it" is no firm when a Tomas Vendrell is. */
        EntityType strongHint() {
            if (entry != null) {
                return entry.type();
            }
            for (FoundMention m : mentions) {
                if (m.hint() != null && !m.contextHint()) {
                    return m.hint();
                }
            }
            return null;
        }

        private EntityType firstHint() {
            EntityType first = null;
            for (FoundMention m : mentions) {
                if (m.hint() == EntityType.PERSON) {
                    return EntityType.PERSON;
                }
                if (first == null) {
                    first = m.hint();
                }
            }
            return first;
        }

        /** Known or hinted type; else what the name's shape says (see {@code Scan.shapeType}); else MISC. */
        EntityType type() {
            EntityType type = hintedType();
            if (type == null) {
                type = representative().shapeType();
            }
            return type == null ? EntityType.MISC : type;
        }

        boolean singleWord() {
            for (FoundMention m : mentions) {
                if (m.tokenCount() != 1) {
                    return false;
                }
            }
            return true;
        }
    }

    private List<Group> group(List<FoundMention> mentions) {
        Map<String, Group> known = new LinkedHashMap<>();
        Map<String, Group> unknown = new LinkedHashMap<>();
        for (FoundMention m : mentions) {
            if (m.entry() != null) {
                known.computeIfAbsent(m.entry().id(), id -> new Group(m.entry())).mentions.add(m);
            } else {
                unknown.computeIfAbsent(m.key(), k -> new Group(null)).mentions.add(m);
            }
        }
        List<Group> unknownGroups = new ArrayList<>(unknown.values());
        // A lone surname refers to the full name met in the same article: "John Smithson … Smithson said".
        for (Group lone : List.copyOf(unknownGroups)) {
            if (!lone.singleWord()) {
                continue;
            }
            String word = lone.mentions.get(0).key();
            EntityType type = lone.strongHint();
            Group target = unknownGroups.stream()
                    .filter(g -> g != lone && !g.singleWord() && compatible(type, g.hintedType())
                            && g.mentions.stream().anyMatch(m -> m.tokenCount() > 1 && m.lastWordKey().equals(word) && !afterConnector(m)))
                    .findFirst()
                    .orElseGet(() -> known.values().stream()
                            .filter(g -> g.entry.type() == EntityType.PERSON && compatible(type, EntityType.PERSON)
                                    && lastWordOfSomeAlias(g.entry, word))
                            .findFirst().orElse(null));
            if (target != null) {
                target.mentions.addAll(lone.mentions);
                unknownGroups.remove(lone);
            }
        }
        // A place name alone that is the surname of a person in the same text is that person: "Denzel
        // Washington … Washington said"; so is a town's name that the text has as a person alone ("Hamilton, who
        // popularized …" … "after Hamilton first stepped on campus"), though never a country's or region's.
        for (Group place : List.copyOf(known.values())) {
            if (place.entry.type() != EntityType.LOCATION || !place.singleWord()) {
                continue;
            }
            String word = place.mentions.get(0).key();
            boolean town = !GazetteerLoader.isCountryId(place.entry.id()) && !GazetteerLoader.isRegionId(place.entry.id());
            Group person = unknownGroups.stream()
                    .filter(g -> g.type() == EntityType.PERSON && (g.singleWord()
                            ? town && g.mentions.get(0).key().equals(word)
                            : g.mentions.stream().anyMatch(m -> m.tokenCount() > 1 && m.lastWordKey().equals(word))))
                    .findFirst().orElse(null);
            if (person != null) {
                // but a mention a cue puts as the place stays the place: "Ayvalık ilçesinde", "Ayvalık Belediye Başkanı"
                Predicate<FoundMention> unplaced = m -> m.hint() != EntityType.LOCATION || m.contextHint();
                place.mentions.stream().filter(unplaced).forEach(person.mentions::add);
                place.mentions.removeIf(unplaced);
                if (place.mentions.isEmpty()) {
                    known.remove(place.entry.id());
                }
            }
        }
        // Spelling variants of one unknown name: "Smithson" / "Smithsen".
        Map<String, Set<String>> phoneticCodes = new HashMap<>();
        unknownGroups.sort(Comparator.comparingInt((Group g) -> g.mentions.size()).reversed());
        for (int a = 0; a < unknownGroups.size(); a++) {
            Group keep = unknownGroups.get(a);
            for (int b = unknownGroups.size() - 1; b > a; b--) {
                Group other = unknownGroups.get(b);
                if (compatible(keep.hintedType(), other.hintedType())
                        && gazetteer.similarNames(keep.representative().key(), other.representative().key(), phoneticCodes)) {
                    keep.mentions.addAll(other.mentions);
                    unknownGroups.remove(b);
                }
            }
        }
        List<Group> all = new ArrayList<>(known.values());
        all.addAll(unknownGroups);
        return all;
    }

    /** "City of Fremantle", "University of Nairobi": the last word follows a connector, so it names something else. */
    private boolean afterConnector(FoundMention m) {
        String key = m.key();
        int last = key.lastIndexOf('-');
        int before = last > 0 ? key.lastIndexOf('-', last - 1) : -1;
        return last > 0 && rules.isConnectorWord(key.substring(before + 1, last));
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return a == null || b == null || a == b;
    }

    private static boolean lastWordOfSomeAlias(GazetteerEntry entry, String wordKey) {
        List<String> names = entry.names();
        for (String name : names) {
            String key = Folding.key(name);
            int dash = key.lastIndexOf('-');
            if (dash > 0 && key.substring(dash + 1).equals(wordKey)) {
                return true;
            }
        }
        return false;
    }
}

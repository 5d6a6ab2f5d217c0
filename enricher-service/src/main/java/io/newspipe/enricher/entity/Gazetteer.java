package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.text.BoundedCache;
import io.newspipe.enricher.text.Casing;
import io.newspipe.enricher.text.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Known entities and their aliases, looked up by folded key ({@link Folding#key}) exactly, or fuzzily:
 * blocked by Daitch–Mokotoff soundex, confirmed by Jaro–Winkler similarity and an agreeing type. That is
 * how "Lukashenka" finds "Lukashenko" and "Iskandar-M" finds "Iskander-M".
 */
public final class Gazetteer {

    /** An alias as the fuzzy index keeps it. */
    private record Alias(String spaced, GazetteerEntry entry) {
    }

    /** A link with the similarity that justified it: 1.0 for exact. */
    public record Match(GazetteerEntry entry, double similarity) {
    }

    private static final DaitchMokotoffSoundex SOUNDEX = new DaitchMokotoffSoundex();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    // Soundex coding is the costliest step of a lookup, and the same names come back article after article.
    private static final int CACHE_ENTRIES = 50_000;
    private static final BoundedCache<String, Set<String>> PHONETIC_CODES = new BoundedCache<>(CACHE_ENTRIES, Gazetteer::computePhoneticCodes);

    /** What {@link #fuzzy} found for a key and type hint: the gazetteer never changes, so neither does the answer. */
    private record FuzzyQuery(String key, EntityType typeHint) {
    }

    private final BoundedCache<FuzzyQuery, Optional<Match>> fuzzyMatches =
            new BoundedCache<>(CACHE_ENTRIES, q -> computeFuzzy(q.key(), q.typeHint()));

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byKey = new HashMap<>();
    private final Map<String, List<Alias>> byPhoneticCode = new HashMap<>();
    /** Keys that come only from all-capital aliases ("AB", "WHO"): they match all-capital text only, not "Ab" or "Who". */
    private final Set<String> acronymKeys = new HashSet<>();
    private final Set<String> plainKeys = new HashSet<>();
    private final Set<String> exactOnlyIds = new HashSet<>();
    /** "id key" of every alias written in Latin letters: "Tunis" the city, not the Russian "Тунис" (Tunisia) folded. */
    private final Set<String> latinAliases = new HashSet<>();
    /** "id key" of every key an entry has only from abbreviations written with a period ("Kan.", "Ala."). */
    private final Set<String> abbreviationAliases = new HashSet<>();
    private final LinkingSettings settings;
    /** Towns named like everyday words or given names, by key: for {@link #placeInContext} only. */
    private final Map<String, GazetteerEntry> placesInContext = new HashMap<>();

    public Gazetteer(Collection<GazetteerEntry> entries, LinkingSettings settings) {
        this(entries, List.of(), settings);
    }

    /**
     * @param exactOnly entries matched by exact alias only, never fuzzily: long generated lists (world cities)
     *                  whose tens of thousands of names would otherwise attract misspelt persons and words
     */
    public Gazetteer(Collection<GazetteerEntry> entries, Collection<GazetteerEntry> exactOnly, LinkingSettings settings) {
        this(entries, exactOnly, List.of(), settings);
    }

    /**
     * @param inContext places looked up only by {@link #placeInContext}: towns whose names are everyday words or
     *                  given names ("Darwin", "Bath"), which no other lookup may offer
     */
    public Gazetteer(Collection<GazetteerEntry> entries, Collection<GazetteerEntry> exactOnly, Collection<GazetteerEntry> inContext,
            LinkingSettings settings) {
        this.settings = settings;
        this.byId = new LinkedHashMap<>();
        index(entries, true);
        index(exactOnly, false);
        exactOnly.forEach(e -> exactOnlyIds.add(e.id()));
        for (GazetteerEntry place : inContext) {
            byId.putIfAbsent(place.id(), place);
            exactOnlyIds.add(place.id());
            place.names().forEach(name -> placesInContext.putIfAbsent(Folding.key(name), place));
        }
    }

    private void index(Collection<GazetteerEntry> entries, boolean fuzzy) {
        for (GazetteerEntry entry : entries) {
            byId.put(entry.id(), entry);
            Set<String> keys = new LinkedHashSet<>();
            Set<String> writtenWhole = new HashSet<>();
            List<String> names = entry.names();
            for (String name : names) {
                String key = Folding.key(name);
                if (key.isEmpty()) {
                    continue;
                }
                keys.add(key);
                if (!name.endsWith(".")) {
                    writtenWhole.add(key);
                }
                if (isLatin(name)) {
                    latinAliases.add(entry.id() + " " + key);
                }
                boolean acronym = Casing.isAllUpper(name, 2) && name.codePoints().noneMatch(Character::isDigit);
                (acronym ? acronymKeys : plainKeys).add(key);
            }
            for (String key : keys) {
                if (!writtenWhole.contains(key)) {
                    abbreviationAliases.add(entry.id() + " " + key); // only "Kan.", "Ky.": with the period
                }
                List<GazetteerEntry> holders = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!holders.contains(entry)) {
                    holders.add(entry);
                }
                String letters = Folding.letters(key);
                if (fuzzy && fuzzyEligible(key, letters)) {
                    Alias alias = new Alias(key.replace('-', ' '), entry);
                    for (String code : phoneticCodes(letters)) {
                        byPhoneticCode.computeIfAbsent(code, c -> new ArrayList<>()).add(alias);
                    }
                }
            }
        }
    }

    private static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    public int size() {
        return byId.size();
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<GazetteerEntry> entries() {
        return byId.values();
    }

    /**
     * The entry with this alias key. Acronym aliases need an all-capital surface. An alias several entries
     * share is used only when the type hint picks exactly one of them: ambiguity is not guessed away.
     */
    public Optional<GazetteerEntry> exact(String key, EntityType typeHint, boolean surfaceAllCapitals) {
        if (!surfaceAllCapitals && acronymKeys.contains(key) && !plainKeys.contains(key)) {
            return Optional.empty();
        }
        List<GazetteerEntry> holders = byKey.getOrDefault(key, List.of());
        List<GazetteerEntry> fitting = new ArrayList<>(holders.size());
        for (GazetteerEntry holder : holders) {
            if (typeAgrees(holder.type(), typeHint)) {
                fitting.add(holder);
            }
        }
        if (fitting.isEmpty() && holders.size() == 1 && typeHint != EntityType.PERSON && overrulesCue(holders.get(0), key)) {
            // A cue word is weaker evidence than an exact alias ("an EU summit" is still the EU); only a
            // title ("President …") overrules it. Not so for the generated places: "İskender sistemi" is a
            // weapon, not the town of Iskandar; nor for a lone word of the broad name list.
            return Optional.of(holders.get(0));
        }
        if (fitting.size() > 1) {
            // Transliterated aliases collide with native ones ("Тунис" → tunis): the one spelt so in Latin wins.
            fitting.removeIf(holder -> !latinAliases.contains(holder.id() + " " + key));
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /**
     * The town with this key among those named like an everyday word or a given name ("Darwin", "Bath"): for a name
     * that its context already puts as a place ("flights to Darwin"), never offered by {@link #exact}.
     */
    public Optional<GazetteerEntry> placeInContext(String key) {
        return Optional.ofNullable(placesInContext.get(key));
    }

    /**
     * Whether the entry has this key only from an abbreviation written with its period ("Kan." of Kansas): the text
     * must write the period too, or "Kan" is the given name.
     */
    public boolean isAbbreviation(GazetteerEntry entry, String key) {
        return abbreviationAliases.contains(entry.id() + " " + key);
    }

    /**
     * Whether an exact alias of this entry outweighs a cue word that says another type: a curated entry's does, and
     * a name of several words of the broad name list ("San Antonio Spurs", though "San" leads places' names).
     */
    private boolean overrulesCue(GazetteerEntry entry, String key) {
        return !exactOnlyIds.contains(entry.id()) || entry.type() != EntityType.LOCATION && key.indexOf('-') > 0;
    }

    /** Whether the entry comes from a generated fill-in layer (world cities, regions), matched exactly only. */
    public boolean isFillIn(GazetteerEntry entry) {
        return exactOnlyIds.contains(entry.id());
    }

    /** Whether some entry of {@code type} has exactly this alias key, not only as an abbreviation with a period. */
    public boolean hasAlias(String key, EntityType type) {
        // "Ala." (Alabama) is written with its period: "Alan" is no demonym of it
        return byKey.getOrDefault(key, List.of()).stream().anyMatch(e -> e.type() == type && !isAbbreviation(e, key));
    }

    /** The most similar alias of the same phonetic block, when similar enough and of an agreeing type. */
    public Optional<Match> fuzzy(String key, EntityType typeHint) {
        return fuzzyMatches.get(new FuzzyQuery(key, typeHint));
    }

    private Optional<Match> computeFuzzy(String key, EntityType typeHint) {
        String letters = Folding.letters(key);
        if (!fuzzyEligible(key, letters)) {
            return Optional.empty();
        }
        String spaced = key.replace('-', ' ');
        Match best = null;
        for (String code : phoneticCodes(letters)) {
            for (Alias alias : byPhoneticCode.getOrDefault(code, List.of())) {
                if (!typeAgrees(alias.entry().type(), typeHint)) {
                    continue;
                }
                if (derivation(spaced, alias.spaced())) {
                    continue;
                }
                double similarity = JARO_WINKLER.apply(spaced, alias.spaced());
                if (similarity >= settings.jaroWinklerThreshold() && (best == null || similarity > best.similarity())) {
                    best = new Match(alias.entry(), similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether two names are the same name by the fuzzy rule (same phonetic block, similar enough). */
    public boolean similarNames(String key, String otherKey) {
        return similarNames(key, otherKey, new HashMap<>());
    }

    /** As {@link #similarNames(String, String)}, keeping the phonetic codes of each key in {@code codeCache}. */
    public boolean similarNames(String key, String otherKey, Map<String, Set<String>> codeCache) {
        if (key.equals(otherKey)) {
            return true;
        }
        String a = Folding.letters(key);
        String b = Folding.letters(otherKey);
        if (!fuzzyEligible(key, a) || !fuzzyEligible(otherKey, b)) {
            return false;
        }
        Set<String> codes = codeCache.computeIfAbsent(a, Gazetteer::phoneticCodes);
        Set<String> otherCodes = codeCache.computeIfAbsent(b, Gazetteer::phoneticCodes);
        return codes.stream().anyMatch(otherCodes::contains) && !derivation(key, otherKey)
                && JARO_WINKLER.apply(key.replace('-', ' '), otherKey.replace('-', ' ')) >= settings.jaroWinklerThreshold();
    }

    /**
     * One name merely extends the other: "German"/"Germany", "Belaruslu"/"Belarus", "Lukas"/"Lukashenko".
     * That is derivation or another name, not a spelling variant, however similar the strings.
     */
    private static boolean derivation(String a, String b) {
        return !a.equals(b) && (a.startsWith(b) || b.startsWith(a));
    }

    static boolean typeAgrees(EntityType entryType, EntityType hint) {
        return hint == null || entryType == hint;
    }

    private boolean fuzzyEligible(String key, String letters) {
        // Names with digits are designators (S-400, F-16): one digit off is another system, so exact only.
        if (letters.length() < settings.minFuzzyLetters()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> phoneticCodes(String letters) {
        return PHONETIC_CODES.get(letters);
    }

    private static Set<String> computePhoneticCodes(String letters) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : SOUNDEX.soundex(letters).split("\\|")) {
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return Collections.unmodifiableSet(codes);
    }
}

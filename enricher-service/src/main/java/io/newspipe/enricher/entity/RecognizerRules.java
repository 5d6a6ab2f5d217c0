package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.text.BoundedCache;
import io.newspipe.enricher.text.Casing;
import io.newspipe.enricher.text.Folding;
import io.newspipe.enricher.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The word lists the recogniser works with, all data under {@code /enricher/} on the class path: stop
 * lists per language ({@code stopwords/<iso-639-1>.txt}), cue words ({@code cues.tsv}), abbreviations,
 * connectors, name particles and demonym suffixes. Every word is compared in folded form ({@link Folding#fold}).
 */
public final class RecognizerRules {

    /** Languages that capitalise every noun (German, Luxembourgish): a capitalised word is no evidence of a name. */
    private static final Set<String> NOUN_CAPITALISING_LANGUAGES = Set.of("de", "lb");
    /** English, Turkish, Romance and German "and"; never Dutch "en", which is Spanish and French "in". */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "ve", "e", "y", "et", "und");

    public enum CueKind { TITLE, HEAD, LEADER, FOLLOWER, PRECEDER, PREDICATE, SUFFIX, ENDING, APPOSITION, ROLE, MATCH, CLUB, SPEECH }

    /** The kinds of {@code context-words.tsv}: words that tell what a sentence or a name beside them is, typing nothing alone. */
    public enum ContextWord { SPORTS, ROLE_QUALIFIER, PLACE_PREPOSITION, AUDIENCE, TERRITORIAL_OFFICE, TEAM_SPORT, FIRM, OFFICER, KIN, RELATIVE, CROWD, CARING_CENTRE, SPORT_NAME, PLAYERS_SHOT, SEAT, DEPUTY, SUBJECT_NOUN, FIXTURE, STREET, FACILITY, ROAD, VENUE_CENTRE_USE, OFFICE_HEAD, CURRENCY, LEGAL_FORM, NAMESAKE_TITLE, ROLE_MODIFIER, PUBLIC_BODY, TEAM_VERB }

    /** A cue phrase: folded words, the last one possibly a prefix (Turkish suffixes follow). */
    public record Cue(CueKind kind, EntityType type, List<String> words, boolean lastIsPrefix) {

        boolean matchesWord(int index, String foldedWord) {
            String word = words.get(index);
            return index == words.size() - 1 && lastIsPrefix ? foldedWord.startsWith(word) : foldedWord.equals(word);
        }
    }

    private static final String BASE = "/enricher/";
    /** The languages whose stop lists serve a text of unknown language: the ones the recogniser is tuned for. */
    public static final List<String> FALLBACK_STOPWORD_LANGUAGES = List.of("en", "tr");
    private static final int CACHE_ENTRIES = 20_000;

    private final Map<String, Set<String>> stopwordsByLanguage;
    private final Map<String, Set<String>> commonWordsByLanguage;
    private final Map<String, List<String>> inflectionsByLanguage;
    private final Set<String> fallbackStopwords;
    private final List<Cue> titles;
    /** Title cues by their exact first word; the one-word prefix cues ("cumhurbaşkan*") apart. Longest first. */
    private final Map<String, List<Cue>> titlesByFirstWord = new HashMap<>();
    private final List<Cue> prefixTitles;
    private final List<Cue> heads;
    private final List<Cue> leaders;
    private final List<Cue> followers;
    private final List<Cue> preceders;
    private final List<Cue> predicates;
    private final List<Cue> suffixes;
    private final List<Cue> endings;
    private final List<Cue> appositions;
    /** Per folded word: a sports role in lower case (any role cue), or capitalised (the Turkish '*' cues only). */
    private final BoundedCache<String, Boolean> teamRoleWords;
    private final BoundedCache<String, Boolean> capitalisedTeamRoles;
    private final List<Cue> matchVerbs;
    private final Set<String> matchVerbFirstWords;
    private final List<Cue> clubPhrases;
    private final Set<String> clubPhraseFirstWords;
    private final List<Cue> speechVerbs;
    private final Set<String> speechVerbFirstWords;
    private final Set<String> givenNames;
    private final Set<String> surnames;
    private final Set<String> demonyms;
    private final Set<String> commonAcronyms;
    private final Set<String> officeWords;
    private final Set<String> abbreviations;
    private final Set<String> connectors;
    private final Set<String> particles;
    private final Set<String> nameAdjectives;
    private final List<String> demonymSuffixes;
    /** Per folded word: what the one-word cues of a kind say, memoised (the lists are scanned in order). */
    private final BoundedCache<String, Optional<EntityType>> headTypes;
    private final BoundedCache<String, Optional<EntityType>> leaderTypes;
    private final BoundedCache<String, Optional<EntityType>> endingTypes;
    private final BoundedCache<String, Optional<EntityType>> followerTypes;
    private final BoundedCache<String, Optional<EntityType>> precederTypes;
    private final BoundedCache<String, Optional<EntityType>> predicateTypes;
    private final BoundedCache<String, Optional<EntityType>> appositionTypes;
    private final BoundedCache<String, Boolean> prefixTitleWords;
    private final Map<ContextWord, Set<String>> contextWords = new EnumMap<>(ContextWord.class);
    /** Context words written with a trailing {@code *}: any ending may follow ("kaymakam*": "Kaymakamı"). */
    private final Map<ContextWord, List<String>> contextPrefixes = new EnumMap<>(ContextWord.class);

    /**
     * @param commonWordsByLanguage per language, the folded everyday words of a large word list: a capitalised
     *                              sentence opener that is not one of them is a name ("Skykomish said")
     * @param inflectionsByLanguage per language, endings of inflected common words ("-ler", "-yı"): a capitalised
     *                              sentence opener ending so is no name where names take suffixes after an apostrophe
     * @param nameAdjectives        folded lower-case adjectives that sit inside a name after its type word ("nationale")
     * @param surnames              folded surnames that are no everyday word: an unknown name ending in one is a person's
     * @param demonyms              folded nationality, people and religion words: capitalised, yet no name ("Sudanese")
     * @param commonAcronyms        capitals that are common nouns ("TV", "CEO", "PhD"), compared as written
     * @param contextWords          per kind, folded words that tell what a sentence or a name beside them is; a
     *                              trailing {@code *} lets any ending follow
     */
    public RecognizerRules(Map<String, Set<String>> stopwordsByLanguage, Map<String, Set<String>> commonWordsByLanguage,
                           Map<String, List<String>> inflectionsByLanguage, List<Cue> cues, Set<String> abbreviations,
                           Set<String> connectors, Set<String> particles, Set<String> nameAdjectives,
                           List<String> demonymSuffixes, Set<String> givenNames, Set<String> surnames, Set<String> demonyms,
                           Set<String> commonAcronyms, Set<String> officeWords, Map<ContextWord, List<String>> contextWords) {
        this.stopwordsByLanguage = Map.copyOf(stopwordsByLanguage);
        this.commonWordsByLanguage = Map.copyOf(commonWordsByLanguage);
        this.inflectionsByLanguage = Map.copyOf(inflectionsByLanguage);
        // Not the union of every list: "van", "al" or "de" are function words somewhere and name parts elsewhere.
        Set<String> fallback = new HashSet<>();
        FALLBACK_STOPWORD_LANGUAGES.forEach(l -> fallback.addAll(stopwordsByLanguage.getOrDefault(l, Set.of())));
        this.fallbackStopwords = Set.copyOf(fallback);
        Comparator<Cue> longestFirst = Comparator.comparingInt((Cue c) -> c.words().size()).reversed();
        this.titles = cues.stream().filter(c -> c.kind() == CueKind.TITLE).sorted(longestFirst).toList();
        for (Cue cue : titles) {
            if (cue.words().size() == 1 && cue.lastIsPrefix()) {
                continue;
            }
            titlesByFirstWord.computeIfAbsent(cue.words().get(0), w -> new ArrayList<>()).add(cue);
        }
        this.prefixTitles = titles.stream().filter(c -> c.words().size() == 1 && c.lastIsPrefix()).toList();
        this.heads = cues.stream().filter(c -> c.kind() == CueKind.HEAD).toList();
        this.leaders = cues.stream().filter(c -> c.kind() == CueKind.LEADER).toList();
        this.followers = cues.stream().filter(c -> c.kind() == CueKind.FOLLOWER).toList();
        this.preceders = cues.stream().filter(c -> c.kind() == CueKind.PRECEDER).toList();
        this.predicates = cues.stream().filter(c -> c.kind() == CueKind.PREDICATE).toList();
        this.suffixes = cues.stream().filter(c -> c.kind() == CueKind.SUFFIX).toList();
        this.endings = cues.stream().filter(c -> c.kind() == CueKind.ENDING).toList();
        this.appositions = cues.stream().filter(c -> c.kind() == CueKind.APPOSITION).toList();
        List<Cue> teamRoles = cues.stream().filter(c -> c.kind() == CueKind.ROLE).toList();
        this.teamRoleWords = new BoundedCache<>(CACHE_ENTRIES, word -> teamRoles.stream().anyMatch(c -> c.matchesWord(0, word)));
        this.capitalisedTeamRoles = new BoundedCache<>(CACHE_ENTRIES,
                word -> teamRoles.stream().anyMatch(c -> c.lastIsPrefix() && c.matchesWord(0, word)));
        this.matchVerbs = cues.stream().filter(c -> c.kind() == CueKind.MATCH).toList();
        this.matchVerbFirstWords = firstWords(matchVerbs);
        this.clubPhrases = cues.stream().filter(c -> c.kind() == CueKind.CLUB).toList();
        this.clubPhraseFirstWords = firstWords(clubPhrases);
        this.speechVerbs = cues.stream().filter(c -> c.kind() == CueKind.SPEECH).toList();
        this.speechVerbFirstWords = firstWords(speechVerbs);
        this.givenNames = Set.copyOf(givenNames);
        this.surnames = Set.copyOf(surnames);
        this.demonyms = Set.copyOf(demonyms);
        this.commonAcronyms = Set.copyOf(commonAcronyms);
        this.officeWords = Set.copyOf(officeWords);
        for (ContextWord kind : ContextWord.values()) {
            List<String> words = contextWords.getOrDefault(kind, List.of());
            this.contextWords.put(kind, words.stream().filter(w -> !w.endsWith("*")).collect(Collectors.toUnmodifiableSet()));
            this.contextPrefixes.put(kind, words.stream().filter(w -> w.endsWith("*")).map(w -> w.substring(0, w.length() - 1)).toList());
        }
        this.abbreviations = Set.copyOf(abbreviations);
        this.connectors = Set.copyOf(connectors);
        this.particles = Set.copyOf(particles);
        this.nameAdjectives = Set.copyOf(nameAdjectives);
        this.demonymSuffixes = demonymSuffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.headTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(heads, word));
        this.leaderTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(leaders, word));
        this.endingTypes = new BoundedCache<>(CACHE_ENTRIES, this::endingOf);
        this.followerTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(followers, word));
        this.precederTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(preceders, word));
        this.predicateTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(predicates, word));
        this.appositionTypes = new BoundedCache<>(CACHE_ENTRIES, word -> singleWord(appositions, word));
        // "Muhtarlar", "Bakanlar": a plural of the title is no title before one person's name.
        this.prefixTitleWords = new BoundedCache<>(CACHE_ENTRIES,
                word -> prefixTitles.stream().anyMatch(cue -> cue.matchesWord(0, word) && !pluralOf(cue.words().get(0), word)
                        && !derivedNoun(cue.words().get(0), word)));
    }

    /**
     * The rules shipped on the class path. Stop lists ({@code stopwords/<language>.txt}) and everyday-word
     * lists ({@code lexicon/<language>-common-words.txt}) are found for every ISO 639-1 language that has a file.
     */
    public static RecognizerRules fromClasspath() {
        Map<String, Set<String>> stopwords = new HashMap<>();
        Map<String, Set<String>> commonWords = new HashMap<>();
        Map<String, List<String>> inflections = new HashMap<>();
        for (String language : Locale.getISOLanguages()) {
            List<String> endings = readLines(BASE + "inflections/" + language + ".txt", false);
            if (!endings.isEmpty()) {
                inflections.put(language, List.copyOf(words(endings)));
            }
            List<String> words = readLines(BASE + "stopwords/" + language + ".txt", false);
            if (!words.isEmpty()) {
                stopwords.put(language, Set.copyOf(words.stream().map(Folding::fold).toList()));
            }
            List<String> common = readLines(BASE + "lexicon/" + language + "-common-words.txt", false);
            if (!common.isEmpty()) {
                commonWords.put(language, Set.copyOf(common.stream().map(Folding::fold).toList()));
            }
        }
        Set<String> givenNames = new HashSet<>(words(readLines(BASE + "given-names.txt", true)));
        givenNames.addAll(words(readLines(BASE + "lexicon/given-names-world.txt", true)));
        givenNames.addAll(words(readLines(BASE + "lexicon/given-names-tr.txt", true)));
        givenNames.addAll(words(readLines(BASE + "lexicon/given-names-intl.txt", true)));
        Set<String> surnames = new HashSet<>(words(readLines(BASE + "lexicon/surnames.txt", true)));
        surnames.addAll(words(readLines(BASE + "lexicon/surnames-world.txt", true)));
        List<Cue> cues = new ArrayList<>();
        for (String line : readLines(BASE + "cues.tsv", true)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("cues.tsv: expected kind, type, phrase: " + line);
            }
            String phrase = Folding.fold(f[2].strip());
            boolean prefix = phrase.endsWith("*");
            if (prefix) {
                phrase = phrase.substring(0, phrase.length() - 1);
            }
            cues.add(new Cue(CueKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)),
                    EntityType.valueOf(f[1].strip().toUpperCase(Locale.ROOT)),
                    Arrays.asList(phrase.split(" +")), prefix));
        }
        return new RecognizerRules(stopwords, commonWords, inflections, cues,
                Set.copyOf(readLines(BASE + "abbreviations.txt", true).stream().map(Folding::fold).toList()),
                Set.copyOf(readLines(BASE + "connectors.txt", true).stream().map(Folding::fold).toList()),
                Set.copyOf(readLines(BASE + "particles.txt", true).stream().map(Folding::fold).toList()),
                Set.copyOf(readLines(BASE + "name-adjectives.txt", true).stream().map(Folding::fold).toList()),
                readLines(BASE + "demonym-suffixes.txt", true).stream().map(Folding::fold).toList(),
                givenNames,
                surnames,
                words(readLines(BASE + "demonyms.txt", true)),
                Set.copyOf(splitWords(readLines(BASE + "common-acronyms.txt", true))), // as written: "IT" is no "it"
                words(readLines(BASE + "office-words.txt", true)),
                contextWords(readLines(BASE + "context-words.tsv", true)));
    }

    private static Map<ContextWord, List<String>> contextWords(List<String> lines) {
        Map<ContextWord, List<String>> byKind = new EnumMap<>(ContextWord.class);
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("context-words.tsv: expected kind, word: " + line);
            }
            ContextWord kind = ContextWord.valueOf(f[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(Folding.fold(f[1].strip()));
        }
        return byKind;
    }

    /** Whether the folded word is one of the context words of the kind ("reporters" an audience, "kaymakamı" an office). */
    public boolean isContextWord(ContextWord kind, String foldedWord) {
        if (contextWords.get(kind).contains(foldedWord)) {
            return true;
        }
        for (String prefix : contextPrefixes.get(kind)) {
            if (foldedWord.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nationality, people and religion words of {@code demonyms.txt} in lower case, accents kept ("argentine",
     * "japon": not Spanish "japón").
     */
    static Set<String> listedDemonyms() {
        Set<String> words = new HashSet<>();
        splitWords(readLines(BASE + "demonyms.txt", true)).forEach(word -> words.add(word.toLowerCase(Locale.ROOT)));
        return words;
    }

    /** Folded words of lines that may hold several words each. */
    private static Set<String> words(List<String> lines) {
        Set<String> words = new HashSet<>();
        splitWords(lines).forEach(word -> words.add(Folding.fold(word)));
        return words;
    }

    /** The words of lines that may hold several words each, as written. */
    private static List<String> splitWords(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    public Set<String> abbreviations() {
        return abbreviations;
    }

    /**
     * The stop list of {@code language}; for an unknown language or one without a list, the lists of
     * {@link #FALLBACK_STOPWORD_LANGUAGES} together.
     */
    public Set<String> stopwords(String language) {
        return language == null ? fallbackStopwords : stopwordsByLanguage.getOrDefault(language, fallbackStopwords);
    }

    /** Everything language-specific the recogniser uses for a text in {@code language} (null or {@code und}: none). */
    LanguageProfile profile(String language) {
        return new LanguageProfile(stopwords(language), commonWords(language), inflections(language),
                language != null && NOUN_CAPITALISING_LANGUAGES.contains(language));
    }

    /** Endings of inflected common words in {@code language}, or none. */
    public List<String> inflections(String language) {
        return language == null ? List.of() : inflectionsByLanguage.getOrDefault(language, List.of());
    }

    /** The everyday words of {@code language}, or an empty set when it has no list (nothing is known to be common). */
    public Set<String> commonWords(String language) {
        return language == null ? Set.of() : commonWordsByLanguage.getOrDefault(language, Set.of());
    }

    /** Number of tokens of the title cue starting at {@code index}, or 0. */
    public int titleLength(List<Token> tokens, int index) {
        return titleLength(tokens, i -> Folding.fold(tokens.get(i).stem()), index);
    }

    /** As {@link #titleLength(List, int)}, with the folded stem of token i from {@code foldedStem} (a cache). */
    public int titleLength(List<Token> tokens, IntFunction<String> foldedStem, int index) {
        String first = foldedStem.apply(index);
        int best = 0;
        for (Cue cue : titlesByFirstWord.getOrDefault(first, List.of())) {
            int length = cue.words().size();
            if (length <= best || index + length > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 1; w < length && matches; w++) {
                matches = tokens.get(index + w).joinedToPrevious() && cue.matchesWord(w, foldedStem.apply(index + w));
            }
            String last = foldedStem.apply(index + length - 1);
            if (matches && !(cue.lastIsPrefix() && (isHeadWord(last) || derivedNoun(cue.words().get(length - 1), last)))) {
                best = length;
            }
        }
        if (best == 0 && prefixTitleWords.get(first) && !isHeadWord(first)) {
            best = 1;
        }
        // "Başbakan Yardımcısı", "Başsavcı Vekili": a deputy's title is the title's and the deputy's word
        if (best > 0 && index + best < tokens.size() && tokens.get(index + best).joinedToPrevious()
                && isContextWord(ContextWord.DEPUTY, foldedStem.apply(index + best))) {
            best++;
        }
        // "Justice Department", "Deputy Commission": a title word before a head names an institution, not a person.
        if (best > 0 && index + best < tokens.size() && tokens.get(index + best).joinedToPrevious()
                && Casing.isCapitalised(tokens.get(index + best).text()) && isHeadWord(foldedStem.apply(index + best))) {
            return 0;
        }
        return best;
    }

    /** A Turkish plural ("-lar", "-ler") right after the prefix, whatever follows: "muhtarlar", "bakanlarla". */
    private static boolean pluralOf(String prefix, String foldedWord) {
        return foldedWord.startsWith("lar", prefix.length()) || foldedWord.startsWith("ler", prefix.length());
    }

    /**
     * An abstract noun made of the title with "-lik" ("liderliğindeki", "başkanlığında", "yardımcılığına"): under
     * someone's leadership, appointed to an office; no title before a person's name. Folded (ı → i, ğ → g).
     */
    private static boolean derivedNoun(String prefix, String foldedWord) {
        return foldedWord.startsWith("lik", prefix.length()) || foldedWord.startsWith("lig", prefix.length())
                || foldedWord.startsWith("luk", prefix.length()) || foldedWord.startsWith("lug", prefix.length());
    }

    /** "Müdürlüğü", "Başsavcılığı", "Valiliği": an institution, though a title cue ("müdür*") is its prefix. */
    private boolean isHeadWord(String foldedWord) {
        return headTypes.get(foldedWord).isPresent();
    }

    /** The type the last word of a name implies ("Agency" → ORGANIZATION), if any. */
    public Optional<EntityType> headType(Token last) {
        return last == null ? Optional.empty() : headTypes.get(Folding.fold(last.stem()));
    }

    /** The type the first word of a name implies ("Lake" → LOCATION: "Lake Vostok", "Mount Kenya"), if any. */
    public Optional<EntityType> leaderType(Token first) {
        return leaderTypes.get(Folding.fold(first.stem()));
    }

    /** The type the common noun right after a name implies ("system" → MISC), if any. */
    public Optional<EntityType> followerType(Token next) {
        return next == null ? Optional.empty() : followerTypes.get(Folding.fold(next.stem()));
    }

    /** The type a lower-case word right before a name implies ("in" → LOCATION), if any. */
    public Optional<EntityType> precederType(Token previous) {
        // capitalised only where it opens the sentence: "In Small Heath, …"
        if (previous == null || Casing.isCapitalised(previous.text()) && !previous.sentenceInitial()) {
            return Optional.empty();
        }
        return precederTypes.get(Folding.fold(previous.stem()));
    }

    /** The type two lower-case words right before a name imply ("residents of" → LOCATION), if any. */
    public Optional<EntityType> precederType(Token beforePrevious, Token previous) {
        if (beforePrevious == null || previous == null || Casing.isCapitalised(previous.text())) {
            return Optional.empty();
        }
        String first = Folding.fold(beforePrevious.stem());
        String second = Folding.fold(previous.stem());
        for (Cue cue : preceders) {
            if (cue.words().size() == 2 && cue.matchesWord(0, first) && cue.matchesWord(1, second)) {
                return Optional.of(cue.type());
            }
        }
        return Optional.empty();
    }

    /** The type a lower-case verb right after a name implies ("said" → PERSON), if any: weak, used last. */
    public Optional<EntityType> predicateType(Token next) {
        if (next == null || Casing.isCapitalised(next.text())) {
            return Optional.empty();
        }
        return predicateTypes.get(Folding.fold(next.stem()));
    }

    /** The type the noun heading an apposition implies ("Harvest, a Melbourne meal-kit company" → ORGANIZATION), if any. */
    public Optional<EntityType> appositionType(Token head) {
        if (head == null || Casing.isCapitalised(head.text())) {
            return Optional.empty();
        }
        return appositionTypes.get(Folding.fold(head.stem()));
    }

    /**
     * A sports role after a team's name ("Geelong forward …", "Leinster coach …"): English roles lower-case only
     * (capitalised, "Coach" is a title); Turkish ones, written with a trailing '*', in any case ("Teknik Direktörü").
     */
    public boolean isTeamRole(Token token) {
        if (token == null) {
            return false;
        }
        String word = Folding.fold(token.stem());
        return (Casing.isCapitalised(token.text()) ? capitalisedTeamRoles : teamRoleWords).get(word);
    }

    /** Whether a folded word is a sports role of the cues, however the text capitalises it ("Reliever", "reliever"). */
    public boolean isTeamRoleWord(String folded) {
        return teamRoleWords.get(folded);
    }

    /**
     * How many tokens from {@code from} spell a verb of a match result ("beat", "drew with"), or 0; the folded stem
     * of token i comes from {@code foldedStem} (the caller's cache).
     */
    public int matchVerbLength(List<Token> tokens, IntFunction<String> foldedStem, int from) {
        return phraseLength(matchVerbs, matchVerbFirstWords, tokens, foldedStem, from);
    }

    /**
     * How many tokens from {@code from} spell a phrase of a player's career that a team's name follows ("played
     * for", "on loan from"), or 0.
     */
    public int clubPhraseLength(List<Token> tokens, IntFunction<String> foldedStem, int from) {
        return phraseLength(clubPhrases, clubPhraseFirstWords, tokens, foldedStem, from);
    }

    /**
     * Whether the lower-case tokens that end at {@code last} (one or two of them) spell a verb of speech that ends a
     * Turkish sentence ("söyledi", "ifade etti").
     */
    public boolean endsWithSpeechVerb(List<Token> tokens, IntFunction<String> foldedStem, int last, int from) {
        for (int n = 1; n <= 2 && last - n + 1 >= from; n++) {
            if (phraseLength(speechVerbs, speechVerbFirstWords, tokens, foldedStem, last - n + 1) == n) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> firstWords(List<Cue> phrases) {
        return phrases.stream().map(c -> c.words().get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /** How many lower-case tokens from {@code from} spell one of {@code phrases}, or 0. */
    private static int phraseLength(List<Cue> phrases, Set<String> firstWords, List<Token> tokens,
                                    IntFunction<String> foldedStem, int from) {
        if (from < 0 || from >= tokens.size() || !firstWords.contains(foldedStem.apply(from))) {
            return 0; // most words start no such phrase: one set lookup
        }
        for (Cue cue : phrases) {
            int n = cue.words().size();
            if (from + n > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < n && matches; k++) {
                Token token = tokens.get(from + k);
                matches = (k == 0 || token.joinedToPrevious()) && !Casing.isCapitalised(token.text())
                        && cue.matchesWord(k, foldedStem.apply(from + k));
            }
            if (matches) {
                return n;
            }
        }
        return 0;
    }

    /** The type a Turkish case suffix implies ("Gemlik'teki" → LOCATION), if any: weak evidence, used last. */
    public Optional<EntityType> suffixType(Token token) {
        if (!token.hasSuffix()) {
            return Optional.empty();
        }
        String suffix = Folding.fold(token.suffix());
        for (Cue cue : suffixes) {
            if (cue.words().size() == 1 && cue.matchesWord(0, suffix)) {
                return Optional.of(cue.type());
            }
        }
        return Optional.empty();
    }

    /** The type the ending of a name's last word implies ("Samsunspor" → ORGANIZATION), if any. */
    public Optional<EntityType> endingType(Token last) {
        return endingTypes.get(Folding.fold(last.stem()));
    }

    private Optional<EntityType> endingOf(String word) {
        for (Cue cue : endings) {
            String ending = cue.words().get(0);
            if (word.length() >= ending.length() + 3 && word.endsWith(ending)) {
                return Optional.of(cue.type());
            }
        }
        return Optional.empty();
    }

    /** A common given name ("Tim", "Ayşe", "Sergei"): a capitalised word after it makes a person's name. */
    public boolean isGivenName(Token token) {
        String folded = Folding.fold(token.stem());
        if (isGivenName(folded)) {
            return true;
        }
        // "Jean-Samuel", "Hans-Peter", "Anne-Marie": two given names joined by a hyphen ("Al-Qaeda" is not)
        int hyphen = folded.indexOf('-');
        return hyphen > 0 && folded.indexOf('-', hyphen + 1) < 0
                && givenNames.contains(folded.substring(0, hyphen)) && givenNames.contains(folded.substring(hyphen + 1));
    }

    /** Whether a folded word is a given name of the lists (no hyphenated pair). */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** A frequent surname that is no everyday word ("Zimmerman", "Okafor"): evidence of a person's name. */
    public boolean isSurname(Token token) {
        return surnames.contains(Folding.fold(token.stem()));
    }

    /**
     * A capitalised word that names nothing: a nationality, people or religion ("Sudanese", "Muslim", "Kürt"), or its
     * English plural ("Tunisians"), or a common acronym ("TV", "CEO").
     */
    public boolean namesNothing(Token token) {
        String stem = token.stem();
        if (commonAcronyms.contains(stem)) {
            return true;
        }
        String folded = Folding.fold(stem);
        return demonyms.contains(folded)
                || folded.length() > 3 && folded.endsWith("s") && demonyms.contains(folded.substring(0, folded.length() - 1))
                || teamColours(stem);
    }

    /**
     * "Sarı-lacivertli", "Siyah-beyazlı", "Bordo-mavili": Turkish news names a club by its colours, an adjective in
     * -lı/-li/-lu/-lü after a hyphen and a lower-case colour; capitalised only where it opens the sentence.
     */
    private static boolean teamColours(String stem) {
        int hyphen = stem.indexOf('-');
        if (hyphen < 2 || hyphen + 3 >= stem.length() || !Character.isLowerCase(stem.charAt(hyphen + 1))) {
            return false;
        }
        String folded = Folding.fold(stem.substring(hyphen + 1));
        return folded.endsWith("li") || folded.endsWith("lu");
    }

    /** A word that belongs to an office title before a title cue: "Dışişleri Bakanı", "Foreign Minister". */
    public boolean isOfficeWord(Token token) {
        return officeWords.contains(Folding.fold(token.stem()));
    }

    public boolean isHead(Token token) {
        return headType(token).isPresent();
    }

    /**
     * A Turkish type word without the possessive that heads a name ("Belediye" of "Belediyesi", "Kulüp" of
     * "Kulübü", "Mahalle", "Oda"): alone it names nothing. The possessive after a vowel is -sı/-si/-su/-sü, after a
     * consonant -ı/-i/-u/-ü, which softens a final p, ç, t or k (folded: ı→i, ü→u, ç→ch, ğ→g).
     */
    public boolean isBareTurkishHead(Token token) {
        String word = Folding.fold(token.stem());
        if (word.length() < 3) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        if ("aeiou".indexOf(last) >= 0) {
            return isHeadWord(word + "si") || isHeadWord(word + "su");
        }
        String soft = word.endsWith("ch") ? word.substring(0, word.length() - 2) + "c"
                : switch (last) {
                    case 'p' -> word.substring(0, word.length() - 1) + "b";
                    case 't' -> word.substring(0, word.length() - 1) + "d";
                    case 'k' -> word.substring(0, word.length() - 1) + "g";
                    default -> word;
                };
        for (String stem : soft.equals(word) ? List.of(word) : List.of(word, soft)) {
            if (isHeadWord(stem + "i") || isHeadWord(stem + "u")) {
                return true;
            }
        }
        return false;
    }

    public boolean isConnector(Token token) {
        return connectors.contains(Folding.fold(token.text()));
    }

    /** {@link #isConnector(Token)} for a word already folded, or a word of a name's key. */
    public boolean isConnectorWord(String folded) {
        return connectors.contains(folded);
    }

    /**
     * "and", Turkish "ve", Romance "e"/"y"/"et", German "und": joins two names into one when a head word or an
     * of-phrase says they are one ("Department of Design and Construction", "Plan ve Bütçe Komisyonu").
     */
    public boolean isConjunction(Token token) {
        return CONJUNCTIONS.contains(token.text());
    }

    /** A determiner before a word: "the Bill", "this Bill", "a new Bill" are no person named Bill. */
    public boolean isDeterminer(Token token) {
        return DETERMINERS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "new", "any", "every", "each", "no");

    /** An English article inside a name after a connector: "Committee for a Responsible Federal Budget". */
    public boolean isArticle(Token token) {
        String text = token.text();
        return text.equals("the") || text.equals("a") || text.equals("an");
    }

    /** A lower-case particle inside personal names: "von", "van", "bin" … */
    public boolean isParticle(Token token) {
        return !Casing.isCapitalised(token.text()) && isParticleWord(token);
    }

    /** A lower-case adjective inside a name led by a type word: "Assemblée nationale", "Banca centrale europea". */
    public boolean isNameAdjective(Token token) {
        return !Casing.isCapitalised(token.text()) && nameAdjectives.contains(Folding.fold(token.text()));
    }

    /** A name particle written either way: "van", or "Van" and "Lo" inside "Elke Van den Brandt", "Giovani Lo Celso". */
    public boolean isParticleWord(Token token) {
        return isParticleWord(token.text());
    }

    /** Whether the word, in any case, is a particle of names ("von", "Del", "Le"). */
    public boolean isParticleWord(String word) {
        return particles.contains(Folding.fold(word));
    }

    /** Folded place-name candidates for a word that may be a demonym: "belaruslu" → ["belarus"]. */
    public List<String> demonymStems(String foldedWord) {
        List<String> stems = new ArrayList<>();
        for (String suffix : demonymSuffixes) {
            // Stems of four letters at least: "Ansan" is no demonym of "Ans", nor "Ivan" of anything.
            if (foldedWord.length() > suffix.length() + 3 && foldedWord.endsWith(suffix)) {
                stems.add(foldedWord.substring(0, foldedWord.length() - suffix.length()));
            }
        }
        return stems;
    }

    private static Optional<EntityType> singleWord(List<Cue> cues, String word) {
        for (Cue cue : cues) {
            if (cue.words().size() == 1 && cue.matchesWord(0, word)) {
                return Optional.of(cue.type());
            }
        }
        return Optional.empty();
    }

    private static List<String> readLines(String resource, boolean required) {
        try (InputStream in = RecognizerRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("resource " + resource + " is missing from the class path");
                }
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}

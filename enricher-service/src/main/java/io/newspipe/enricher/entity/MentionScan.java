package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.entity.RecognizerRules.ContextWord;
import io.newspipe.enricher.text.Casing;
import io.newspipe.enricher.text.Folding;
import io.newspipe.enricher.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass of the {@link EntityRecognizer} over a text: candidate runs of capitalised words, acronyms and
 * designators, cut at title cues and resolved against the gazetteer, then retyped by their context
 * (appositions, speakers, teams, coordinations …). Plain state for one text; not thread-safe, never shared.
 */
final class MentionScan {

    /** One occurrence: surface [start, end), the lookup key of its stem, and what it links to (null: unknown). */
    record FoundMention(int start, int end, String surface, String key, String name, int tokenCount,
                        String lastWordKey, EntityType hint, GazetteerEntry entry, EntityType shapeType,
                        boolean contextHint) {

        /** The type it has so far: its entry's, else its hint's, else its shape's (null: none yet). */
        EntityType typeSoFar() {
            return entry != null ? entry.type() : hint != null ? hint : shapeType;
        }
    }


    /**
     * English articles in any case: "The" opening a sentence counts too, which {@code RecognizerRules.isArticle}
     * (lower case, inside a name) does not take.
     */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Turkish "too" and "as for": "Kutlu da maçtan sonra … diye konuştu", "Yazıcı ise … söyledi" open with the speaker. */
    private static final Set<String> ALSO = Set.of("da", "de", "ise");
    /** Titles of a company's officers: a capitalised unknown name right before one is the company's. */
    private static final Set<String> CORPORATE_TITLES = Set.of("chief executive", "chairman", "chairwoman", "ceo", "founder",
            "co-founder", "managing director", "chief executive officer");
    /** A compass point that, capitalised after "the", names a country's region ("the South", "the Midwest"). */
    private static final Set<String> REGIONS_BY_COMPASS = Set.of("north", "south", "east", "west", "midwest", "northeast",
            "northwest", "southeast", "southwest");
    /** Words before "to" that put a person after it: "a pass to Morata", "according to Smith". */
    private static final Set<String> NOT_A_PLACE_BEFORE_TO = Set.of("pass", "cross", "save", "saves", "goal", "goals",
            "header", "assist", "ball", "according", "letter", "letters", "message", "call", "wrote", "write", "writes", "said",
            "told", "spoke", "speaking", "talked", "apologised", "apologized", "married", "engaged", "lost", "losing", "loss",
            "defeat", "victory", "win", "succession", "successor", "heir", "tribute", "tributes", "thanks", "gift", "donation",
            "support", "backing", "loyal", "close", "adviser", "advisor", "aide", "sister", "brother", "son", "daughter");
    /** Endings of Slavic, Caucasian and Central Asian surnames, folded: -ova, -eva, -ov, -ev, -enko, -shvili, -dze. */
    private static final Pattern SLAVIC_SURNAME_ENDING = Pattern.compile("(?:ova|eva|ov|ev|enko|shvili|dze)$");
    /** Endings of English words for occupations ("hydrologist", "ruckman", "paediatrician", "videographer"). */
    private static final Pattern OCCUPATION_ENDING = Pattern.compile("(?:ist|[^aeiou]man|woman|ician|grapher|ologer)$");
    /** Plural agent nouns: "promoters", "investigators", "analysts", "economists", "officials", "residents". */
    private static final Pattern PLURAL_AGENT = Pattern.compile("\\p{L}{3,}(?:ers|ors|ists|ians|ents|ants|ials)");
    private static final Set<String> PLURAL_ROLES = Set.of("champions", "hosts", "rivals", "holders", "critics", "experts",
            "officials", "leaders", "partners", "sources", "police", "prosecutors", "lawyers");
    private static final int MAX_ACRONYM_LETTERS = 6;
    private static final double TITLE_CASE_SHARE = 0.75;
    private static final Set<String> SAINTS = Set.of("St", "St.", "Saint");
    /** Short words a Title Case headline leaves in lower case (AP style), which names of places and bodies seldom hold. */
    private static final Set<String> HEADLINE_PREPOSITIONS = Set.of("for", "to", "in", "on", "at", "as", "a", "an", "by",
            "from", "with", "after", "over", "amid", "into", "is", "are");
    /** An English ordinal in digits and the street heads it numbers: "79th Street", "42nd Avenue". */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");
    private static final Set<String> ORDINAL_STREET_HEADS = Set.of("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Place");
    /** "19-year-old", "33-year-old": an age, in an apposition, is a person's. */
    private static final Pattern YEAR_OLD = Pattern.compile("\\d{1,3}-year-old");
    /** ", a 29-year-old": an age in an apposition right after a name ("Hammond, a 29-year-old from Tulsa"). */
    private static final Pattern AGE_APPOSITION = Pattern.compile(", an? " + YEAR_OLD.pattern() + "\\b");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern AGE_AFTER_NAME = Pattern.compile("(?:, ?|\\s?\\()(?:1[01]\\d|[1-9]?\\d)(?:,|\\))");
    /** "al-Bashir", "al-Qaeda", "el-Sisi", Turkish "es-Sisi": the Arabic article, written lower-case, before a capitalised name. */
    private static final Pattern ARABIC_ARTICLE_NAME = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an|es|er|eş|ed|et|en|ez)-\\p{Lu}\\p{L}+");
    /** Compass points that name a part of the place after them (folded): "South Taranaki", "Doğu Anadolu". */
    private static final Set<String> COMPASS_POINTS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "northeast", "northwest", "southeast", "southwest", "kuzey", "guney", "dogu", "bati", "kuzeydogu", "kuzeybati",
            "guneydogu", "guneybati");
    /** Titles an office follows with "for" or "of": "Minister for Health", "Secretary of State for Defence". */
    private static final Set<String> MINISTERS = Set.of("minister", "secretary", "commissioner", "inspector", "spokesman",
            "spokeswoman", "spokesperson", "director");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("[¢$]? ?\\d");
    private static final Pattern SYLLABLE_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");
    private static final Pattern ROAD_NUMBER = Pattern.compile("[A-Z]?\\d{1,4}[A-Z]?");
    /** Compass points written after the place (folded): Spanish, Indonesian and Malay provinces. */
    private static final Set<String> SERIES_PARTS = Set.of("game", "stage", "round", "week", "leg", "heat", "matchday");
    /** Words before a known city that name its area or a part of it: "Greater Toronto Area", "Metro Manila", "Old San Juan". */
    private static final Set<String> CITY_AREA_WORDS = Set.of("greater", "metro", "metropolitan", "old");
    private static final Set<String> POLICE_FORCES = Set.of("police", "constabulary");
    /** "İç Anadolu", "Orta Karadeniz", "Central Java", "Inner Mongolia": a part of a known place, like a compass point. */
    private static final Set<String> INNER_PARTS = Set.of("ich", "orta", "central", "inner");
    private static final Set<String> ENGLISH_COMPASS_AFTER = Set.of("north", "south", "east", "west", "central");
    private static final Set<String> COMPASS_AFTER = Set.of("oriental", "occidental", "norte", "sur", "utara", "selatan", "timur",
            "barat", "tengah");
    private static final List<String> TURKISH_COMPOUND_ENDINGS = List.of("si", "su", "yi", "yu", "lari", "leri", "ligi", "lugu", "gi", "gu");
    private static final Set<String> SURNAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz");
    /** ", Owings & Merrill", ", Lipton, Rosen & Katz": partners' names after the first, the last after an ampersand. */
    private static final Pattern PARTNERS_AFTER_COMMAS = Pattern.compile("(?:, \\p{Lu}\\p{Ll}+)+ & \\p{Lu}\\p{Ll}+\\b");
    /** Lower-case particles that open a surname written without the given name ("van der Poel", "de Miranda"). */
    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "ter", "bin", "ibn");
    /** Irish and Scottish Gaelic name particles, capitalised and short, that sit between a given name and a surname. */
    private static final Set<String> GAELIC_PARTICLES = Set.of("Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua");
    /**
     * Quotation marks around a work's title. Not the Tokenizer's set: a straight apostrophe there opens quotations,
     * but beside a name it is far more often a Turkish suffix's or an elision's.
     */
    private static final String TITLE_OPENING_QUOTES = "\"“«‘„";
    private static final String TITLE_CLOSING_QUOTES = "\"”»’“";
    private static final Pattern FOUNDING_NUMBER = Pattern.compile("\\d{2}|1[89]\\d{2}|20\\d{2}");
    /** A goal count after a team's name that ends the line or the team's part ("Leeds 1", "Oldham 1 (Barlow 55)"). */
    private static final Pattern RESULT_COUNT = Pattern.compile(" \\d{1,2}(?=$|\\n|[,;.]?\\s|\\s?\\()");
    private static final Pattern RESULT_BEFORE = Pattern.compile("\\p{L}\\)? \\d{1,2} $");
    /** The scorers in brackets, or the other side's name and its count: "Derby 1 Leeds 1", not "PlayStation 4 Pro". */
    private static final Pattern RESULT_NEXT = Pattern.compile(" (?:\\(|\\p{Lu}[\\p{L}.'’ -]{0,30}? \\d{1,2}(?=$|\\n|[,;.]?\\s|\\s?\\())");
    /** After a scorer's name: the minute or runs, maybe bowling figures, "pen", "og" or "not out", then the item ends. */
    private static final Pattern SCORER_AFTER = Pattern.compile(" \\d{1,3}(?:-\\d{1,3})?(?: (?:pen|og|not out|no)\\.?)?\\s*(?:[,;]|$)");
    private static final Pattern SCORER_ITEM = Pattern.compile("\\s*\\p{Lu}[\\p{L}.'’ -]{0,40}? \\d{1,3}(?:-\\d{1,3})?(?: (?:pen|og|not out|no)\\.?)?\\s*");
    /** After a batsman's name on a scorecard line: how he was out, or that he was not ("c", "lbw", "b", "not out"). */
    private static final Pattern HOW_OUT_AFTER = Pattern.compile(" (?:c(?: and b)?|st|lbw|b|run out|not out|retired(?: hurt| out)?)(?= )");
    /** Before a fielder's or bowler's name on a scorecard line ("c Germon b Doull", "st Parore", "lbw b Wasim"). */
    private static final Pattern FIELDER_BEFORE = Pattern.compile("(?:^|\\n|[\\p{L})][ \\t])(?:c|st|b|c and b|lbw b) $");
    /** The end of a scorecard line: the runs, maybe the balls faced in brackets. */
    private static final Pattern RUNS_AT_LINE_END = Pattern.compile(" \\d{1,3}(?: \\(\\d{1,3}\\))?[ \\t]*(?:\\n|$)");
    /** Bowling figures after a bowler's name: overs, maidens, runs, wickets ("10-2-45-2", "9.3-0-51-1"). */
    private static final Pattern BOWLING_FIGURES = Pattern.compile(" \\d{1,2}(?:\\.\\d)?-\\d{1,2}-\\d{1,3}-\\d{1,2}(?![\\d-])");
    private static final Pattern NUMBER_BEFORE_BRACKET = Pattern.compile("\\d\\s?$");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    /**
     * Institutions that a capitalised common noun alone names (folded): "Parliament", "the Navy", Turkish "Meclis".
     * Not "the Government" or "Police", which news annotation leaves generic.
     */
    private static final Set<String> LONE_INSTITUTIONS = Set.of("parliament", "navy", "army", "meclis", "house");
    /** Turkish administrative units, folded: the word after a district's, a village's or a town's name. */
    private static final List<String> ADMINISTRATIVE_UNITS = List.of("ilche", "koy", "belde", "kasaba");
    /** Letters Turkish writes that folding maps onto others: ı → i, ğ → g, ş → sh, ç → ch, ö → o, ü → u. */
    private static final String TURKISH_LETTERS = "ıİğĞşŞçÇöÖüÜ";
    /** The two of them that folding writes as two letters (ç → ch, ş → sh). */
    private static final String TURKISH_DIGRAPH_LETTERS = "çÇşŞ";

    /** Continents, which name organisations' branches as countries do: "Africa CDC". */
    private static final Set<String> CONTINENT_IDS = Set.of("loc:region:africa", "loc:region:europe", "loc:region:asia");

    private final Gazetteer gazetteer;
    final RecognizerRules rules;
    final String text;
    final List<Token> tokens;
    final Set<String> stopwords;
    final Set<String> commonWords;
    final List<String> inflections;
    private final boolean nounsCapitalised;
    private final Set<String> capitalisedMidSentence = new HashSet<>();
    private final Set<String> surnamesInText = new HashSet<>();
    private final boolean[] inTitleCaseParagraph;
    /** Keys of the gazetteer's persons' surnames ({@link KnownSurnames}). */
    private final Set<String> knownSurnames;
    private final KnownLongNames knownLongNames;
    /** The words of the last known long name {@link #extend} found: they name it whatever a hint says ("TRT 1'de"). */
    private int knownLongFrom = -1;
    private int knownLongTo = -1;
    /** Per token: whether its paragraph is a Title Case headline ("Bank of Japan Raises Rates After …"), not a table or a list. */
    private final boolean[] inHeadline;
    /** Headlines in capitals ("JAPAN GET LUCKY WIN"): a word's shape tells nothing there, not even an acronym's. */
    private final boolean[] inCapitalsParagraph;
    final List<FoundMention> mentions = new ArrayList<>();
    /** Caches per token: folded stem, and title-cue length (-1 = not yet computed). */
    private final String[] foldedStems;
    private final int[] titleLengths;

    MentionScan(Gazetteer gazetteer, RecognizerRules rules, Set<String> knownSurnames, KnownLongNames knownLongNames, String text,
                List<Token> tokens, LanguageProfile profile) {
        this.knownSurnames = knownSurnames;
        this.knownLongNames = knownLongNames;
        this.gazetteer = gazetteer;
        this.rules = rules;
        this.text = text;
        this.tokens = tokens;
        this.stopwords = profile.stopwords();
        this.commonWords = profile.commonWords();
        this.inflections = profile.inflections();
        this.nounsCapitalised = profile.nounsCapitalised();
        this.foldedStems = new String[tokens.size()];
        this.titleLengths = new int[tokens.size()];
        Arrays.fill(titleLengths, -1);
        this.inTitleCaseParagraph = new boolean[tokens.size()];
        this.inHeadline = new boolean[tokens.size()];
        this.inCapitalsParagraph = new boolean[tokens.size()];
        markTitleCaseParagraphs();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.sentenceInitial() && !inCapitalsParagraph[k] && !nounsCapitalised && Casing.isCapitalised(t.stem())) {
                capitalisedMidSentence.add(Folding.key(t.stem()));
                if (k > 0 && t.joinedToPrevious() && rules.isGivenName(tokens.get(k - 1))) {
                    surnamesInText.add(Folding.fold(t.stem())); // "Vanessa Hicks": "Hicks said …" is her, no everyday word
                }
            }
        }
    }

    void run() {
        int personNameFrom = -1; // the token right after a title cue
        int i = 0;
        while (i < tokens.size()) {
            int titleLength = titleLength(i);
            if (titleLength > 0 && inHeadline[i] && !tokens.get(i + titleLength - 1).text().endsWith(".")) {
                titleLength = 0; // "… Fund Manager With Fraud": in a headline every noun is capitalised; "Gov." still is a title
            }
            int namesake = titleLength > 0 ? institutionNamedAfter(i, titleLength) : i;
            if (namesake > i) {
                int start = placeRightBefore(i) ? i - mentions.remove(mentions.size() - 1).tokenCount() : i; // "Bilecik Şeyh Edebali Üniversitesi"
                add(start, namesake, headOfName(i + titleLength, namesake).orElseThrow(), known(start, namesake).orElse(null));
                i = namesake; // "Şehit Ömer Halisdemir Anadolu Lisesi", "Dr. Siyami Ersek … Hastanesi": named after a person
                continue;
            }
            if (titleLength > 0) {
                absorbIntoTitle(i, titleLength);
                personNameFrom = i + titleLength;
                i += titleLength;
                continue;
            }
            if (nationalSideLetter(i)) {
                int to = extend(i + 1);
                resolveSpan(i, to, null); // "A Milli Futbol Takımı", "A Milli Kadın Voleybol Takımı": the letter is the side's name
                i = to;
                continue;
            }
            if (ordinalStreet(i)) {
                resolveSpan(i, i + 2, EntityType.LOCATION); // "79th Street", "Fifth Avenue" has no digits and needs none of this
                i += 2;
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).joinedToPrevious() && ordinalStreet(i + 1) && !tokens.get(i).hasSuffix()
                    && COMPASS_POINTS.contains(folded(i)) && Casing.isCapitalised(tokens.get(i).text())) {
                resolveSpan(i, i + 3, EntityType.LOCATION); // "North 35th Street", "West 5th Avenue": the compass point is the street's
                i += 3;
                continue;
            }
            int particles = leadingParticles(i);
            if (particles > 0) {
                int to = extend(i + particles);
                resolveSpan(i, to, EntityType.PERSON); // "van der Poel said", "de Miranda's own example"
                i = to;
                continue;
            }
            if (!isNameLike(tokens.get(i)) && !(isInitial(i) && (isInitial(i + 1) || continuesName(i + 1)))) {
                i++;
                continue;
            }
            if (dollarSignAfter(i)) {
                i++; // "HK$260,000", "US$2 billion", "NT$ 12 billion": a dollar's country prefix, no name
                continue;
            }
            int from = i;
            int to = extend(from);
            int local = unionLocalEnd(from, to);
            if (local > to) {
                add(from, local, EntityType.ORGANIZATION, null); // a union's branch, a body of its own
                i = local;
                continue;
            }
            EntityType titleHint = from == personNameFrom && tokens.get(from).joinedToPrevious() ? EntityType.PERSON : null;
            int before = mentions.size();
            resolveSpan(from, to, titleHint);
            if (mentions.size() > before) {
                foundingYearBefore(mentions.size() - 1);
            }
            i = to;
        }
        namesOfTheTextInCapitals();
        new ContextPasses(this).run();
    }

    /** The last mention is a place's name, without a suffix, right before token {@code index}. */
    private boolean placeRightBefore(int index) {
        if (mentions.isEmpty() || index == 0 || !tokens.get(index).joinedToPrevious() || tokens.get(index - 1).hasSuffix()) {
            return false;
        }
        FoundMention last = mentions.get(mentions.size() - 1);
        return last.end() == tokens.get(index - 1).end() && last.typeSoFar() == EntityType.LOCATION;
    }

    /**
     * The end of a body's or place's name that opens with the title of the person it is named after ("Şehit Ömer
     * Halisdemir Anadolu Lisesi", "Dr. Akçiçek Hastanesi", "Şeyh Edebali Üniversitesi"), its last word a head; else
     * {@code index}. Only titles that such names keep (context words "namesake-title"), not an office's ("Bakan …").
     */
    private int institutionNamedAfter(int index, int titleLength) {
        if (!rules.isContextWord(ContextWord.NAMESAKE_TITLE, folded(index + titleLength - 1))) {
            return index;
        }
        int from = index + titleLength;
        if (from >= tokens.size() || !tokens.get(from).joinedToPrevious() || !isNameLike(tokens.get(from))) {
            return index;
        }
        int to = extend(from);
        Optional<EntityType> head = headOfName(from, to); // its last word, or the one before "of": "King Abdullah University of …"
        return to - from >= 2 && head.isPresent() && head.get() != EntityType.PERSON && head.get() != EntityType.MISC ? to : index;
    }

    /** "79th Street", "42nd Avenue": an ordinal in digits before a street's head word names the street (English). */
    private boolean ordinalStreet(int index) {
        return !commonWords.isEmpty() && index + 1 < tokens.size() && ORDINAL.matcher(tokens.get(index).text()).matches()
                && tokens.get(index + 1).joinedToPrevious() && ORDINAL_STREET_HEADS.contains(tokens.get(index + 1).text())
                && (index + 2 == tokens.size() || !tokens.get(index + 2).joinedToPrevious() || !isNameLike(tokens.get(index + 2))); // "5th Avenue Theatre": a longer name
    }

    /** "A Milli Takım": Turkish names the senior national side by the letter A (the second by B) before "Milli". */
    private boolean nationalSideLetter(int index) {
        return !inflections.isEmpty() && index + 1 < tokens.size() && (tokens.get(index).text().equals("A") || tokens.get(index).text().equals("B"))
                && tokens.get(index + 1).joinedToPrevious() && folded(index + 1).equals("milli");
    }

    /**
     * How many lower-case name particles open a person's surname at {@code index} ("van der Poel", "de Miranda",
     * "von Trier"), after no capitalised word (that would be the given name, taken with its particles by the run) and
     * before a capitalised word that is known as no place: 0 if none. Not where the particles are the language's
     * function words (French "de", Turkish "da"), nor "el", "la", "le" or "al" ("el Niño", "et al").
     */
    private int leadingParticles(int index) {
        if (index > 0 && tokens.get(index).joinedToPrevious() && isNameLike(tokens.get(index - 1))) {
            return 0;
        }
        int k = index;
        while (k < tokens.size() && k - index < 2 && (k == index || tokens.get(k).joinedToPrevious())
                && SURNAME_PARTICLES.contains(tokens.get(k).text()) && !isStopword(k)) {
            k++;
        }
        if (k == index || k >= tokens.size() || !tokens.get(k).joinedToPrevious() || !allPlainCapitalised(k, k + 1)
                || known(k, k + 1, EntityType.LOCATION).isPresent()) {
            return 0;
        }
        return k - index;
    }

    /**
     * "1922 Konyaspor", "68 Aksaray Belediyespor": a year or number plate written before a club whose name ends as
     * a club's does is part of the club's name: another club than Konyaspor, so no known entry's.
     */
    private void foundingYearBefore(int index) {
        FoundMention club = mentions.get(index);
        int first = tokenFrom(club.start());
        if (first == 0 || !tokens.get(first).joinedToPrevious() || tokens.get(first - 1).hasSuffix()
                || !FOUNDING_NUMBER.matcher(tokens.get(first - 1).text()).matches()
                || rules.endingType(tokens.get(first)).filter(t -> t == EntityType.ORGANIZATION).isEmpty()
                || (club.entry() != null ? club.entry().type() : club.hint()) != EntityType.ORGANIZATION) {
            return;
        }
        mentions.remove(index);
        add(first - 1, first + club.tokenCount(), EntityType.ORGANIZATION, null, false); // another club than the one without the number
    }

    /**
     * "SOCCER - SHEARER SCORES AS NEWCASTLE WIN." above "Shearer, who joined Newcastle …": in a line written in
     * capitals, words that spell a name the rest of the text writes in mixed case are that name. Up to three words,
     * longest first; only where the text has such a line.
     */
    private void namesOfTheTextInCapitals() {
        boolean any = false;
        for (boolean capitals : inCapitalsParagraph) {
            any |= capitals;
        }
        if (!any) {
            return;
        }
        Map<String, FoundMention> named = new HashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        for (FoundMention mention : mentions) {
            int first = tokenFrom(mention.start());
            for (int k = first; k < tokens.size() && tokens.get(k).start() < mention.end(); k++) {
                covered[k] = true;
            }
            if (!inCapitalsParagraph[first] && (mention.entry() != null ? mention.entry().type() : mention.hint()) != EntityType.MISC) {
                named.putIfAbsent(mention.key(), mention);
                if (mention.tokenCount() > 1 && (mention.entry() != null ? mention.entry().type() : mention.hint()) == EntityType.PERSON) {
                    named.putIfAbsent(mention.lastWordKey(), mention); // "SHEARER" for an "Alan Shearer"
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        boolean added = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!inCapitalsParagraph[i] || covered[i] || !isNameLike(tokens.get(i))) {
                continue;
            }
            for (int to = Math.min(tokens.size(), i + 3); to > i; to--) {
                FoundMention match = uncovered(covered, i, to) ? named.get(key(i, to)) : null;
                if (match != null) {
                    EntityType hint = match.hint() != null ? match.hint() : match.shapeType();
                    add(i, to, match.entry() != null ? match.entry().type() : hint, match.entry(), false);
                    added = true;
                    i = to - 1;
                    break;
                }
            }
        }
        if (added) {
            mentions.sort(Comparator.comparingInt(FoundMention::start));
        }
    }

    private boolean uncovered(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k] || !inCapitalsParagraph[k] || k > from && !tokens.get(k).joinedToPrevious()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two words, an unknown one that is no everyday English word and then a town of the generated world
     * list: a given name this gazetteer lacks and a surname a town has too ("Shintaro Ikeda"). English only.
     */
    private boolean surnameLikeTown(int from, int to) {
        if (to - from != 2 || commonWords.isEmpty() || tokens.get(to - 1).hasSuffix() || !allPlainCapitalised(from, to)
                || !isUncommonWord(tokens.get(from)) || isDemonym(folded(from)) || !unknown(from, from + 1)
                || rules.leaderType(tokens.get(from)).isPresent()) {
            return false;
        }
        return generatedTown(to - 1);
    }

    /** Token {@code index} alone is a town or district of a generated fill-in layer, no region or country. */
    private boolean generatedTown(int index) {
        Optional<GazetteerEntry> town = gazetteer.exact(key(index, index + 1), null, false);
        return town.isPresent() && town.get().type() == EntityType.LOCATION && gazetteer.isFillIn(town.get())
                && !GazetteerLoader.isRegionId(town.get().id());
    }

    /**
     * A given name, maybe more unknown names, and then a town or district of a generated layer: "Yiğit Ozan
     * Karataş" (Karataş is a district of Adana). Not a region or country ("Victoria, Australia" takes a comma).
     */
    private boolean givenNamesBeforeTown(int from, int to) {
        if (to - from < 2 || to - from > 4 || !rules.isGivenName(tokens.get(from)) || !allPlainCapitalised(from, to - 1)
                || rules.leaderType(tokens.get(from)).isPresent()) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (tokens.get(k).hasSuffix() || !tokens.get(k + 1).joinedToPrevious()) {
                return false;
            }
        }
        if (!unknown(from, to - 1) || !unknown(from, from + 1)) {
            return false; // the names before the town are no known name themselves
        }
        return generatedTown(to - 1) && unknown(from, to);
    }

    /**
     * A town of a generated layer and then a surname of the lists: the town's name is a given name the lists lack
     * ("Fresno Okafor"). Only two words, the town first, the whole unknown. ("Unai Emery" stays apart: "emery" is an
     * everyday word, so no listed surname.)
     */
    private boolean townBeforeSurname(int from, int to) {
        if (to - from != 2 || !allPlainCapitalised(from, to) || !rules.isSurname(tokens.get(to - 1)) || !unknown(from, to)
                || !unknown(to - 1, to)) {
            return false;
        }
        return generatedTown(from);
    }

    private boolean ampersandInside(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip().equals("&")) {
                return true;
            }
        }
        return false;
    }

    /** The word alone is a known organisation: "Apple Vision Pro", "Ford Focus" are no persons named Apple or Ford. */
    private boolean knownOrganisation(int index) {
        return known(index, index + 1, EntityType.ORGANIZATION).isPresent();
    }

    /**
     * A known organisation and a country or continent, the whole unknown: "Yahoo Japan", "NHS England" (its national
     * arm), "Gallup Africa", "Kenya Red Cross", "Africa CDC"; an unknown firm's name in camel case before a country
     * ("AirNav Indonesia").
     */
    private boolean organisationInCountry(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            // not a person's name that a country and a firm share: "Jordan Williams" is no Williams of Jordan
            boolean personShaped = to - from == 2 && rules.isGivenName(tokens.get(from)) && rules.isSurname(tokens.get(k));
            boolean placeFirst = k <= from + 2 && !personShaped && known(from, k, EntityType.LOCATION).filter(this::countryOrContinent).isPresent()
                    && known(k, to, EntityType.ORGANIZATION).isPresent();
            boolean placeLast = k >= to - 3 && known(k, to, EntityType.LOCATION)
                            .filter(e -> GazetteerLoader.isCountryId(e.id()) || !commonWords.isEmpty() && countryOrContinent(e)).isPresent()
                    && (known(from, k, EntityType.ORGANIZATION).isPresent() || nationalBody(from, k)
                        || !commonWords.isEmpty() && k == from + 1 && camelCase(from, k) && unknown(from, k)); // "AirNav Indonesia"
            if (placeFirst || placeLast) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Police Scotland", "Environment Canada", "Arts Council England": before a country's name, a body's type word or
     * a headed name makes a national body. Not a compass point ("West Germany") or a demonym. English.
     */
    private boolean nationalBody(int from, int to) {
        if (commonWords.isEmpty() || !allPlainCapitalised(from, to) || COMPASS_POINTS.contains(folded(from)) || isDemonym(folded(from))
                || !unknown(from, to)) {
            return false;
        }
        return to - from == 1 ? commonWords.contains(folded(from)) && !rules.isGivenName(tokens.get(from)) && !rules.isSurname(tokens.get(from))
                : headOfName(from, to).filter(t -> t == EntityType.ORGANIZATION).isPresent();
    }

    private boolean countryOrContinent(GazetteerEntry place) {
        return GazetteerLoader.isCountryId(place.id()) || CONTINENT_IDS.contains(place.id());
    }

    /**
     * After a particle that is a stop word too (Turkish "da", "de": "also"), a capitalised word continues a
     * given name's run only as a surname: no known place, no given name with a case suffix ("Lula da Silva",
     * "Lula da Silva'yı", but not "Ayla da İstanbul'a", "Ayla da Ankara" nor "Ayla da Mehmet'e").
     */
    private boolean surnameAfterParticle(int index) {
        Token token = tokens.get(index);
        if (rules.isGivenName(token) && (token.hasSuffix() || !inflections.isEmpty())) {
            // "Ayla da Mehmet'e": "also to Mehmet"; but "Lula da Silva'yı" is one name. In Turkish a given name
            // after "da" starts another's name: "Fazıl Say da Cemil Topuzlu Açıkhava Tiyatrosu'nda"
            return false;
        }
        Optional<GazetteerEntry> known = known(index, index + 1);
        return known.isEmpty() || known.get().type() == EntityType.PERSON;
    }

    /** The first token that starts at or after {@code offset}, or the token count. */
    int tokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The type the noun heading an apposition at {@code offset} (", a Durban insurer,") gives, if any. English. */
    Optional<EntityType> appositionAfter(int offset) {
        if (commonWords.isEmpty() || !text.startsWith(", ", offset)) {
            return Optional.empty();
        }
        int article = tokenFrom(offset);
        if (article >= tokens.size() || tokens.get(article).start() != offset + 2 || !rules.isDeterminer(tokens.get(article))) {
            return Optional.empty();
        }
        int head = -1;
        for (int k = article + 1; k < tokens.size() && k <= article + 6; k++) {
            Token token = tokens.get(k);
            if (!token.joinedToPrevious() || stopwords.contains(folded(k)) || token.hasSuffix()) {
                break;
            }
            if (YEAR_OLD.matcher(token.text()).matches()) {
                return Optional.of(EntityType.PERSON); // "Chukwuemeka Obi, a 19-year-old signed from …": no head noun needed
            }
            head = k;
        }
        return head < 0 ? Optional.empty() : rules.appositionType(tokens.get(head));
    }

    /** End (exclusive) of the name that starts at {@code from}. */
    private int extend(int from) {
        int start = from;
        int known = knownLongName(from);
        if (known == 0 && from + 1 < tokens.size() && isStopword(from) && tokens.get(from + 1).joinedToPrevious()) {
            start = from + 1;
            known = knownLongName(start); // "The Centers for Disease Control and Prevention"
        }
        int run = extendRun(from);
        for (int inner = from + 1; known <= run && inner < run; inner++) {
            int end = knownLongName(inner); // "Dizi TRT 1'de": a known long name that starts inside the run
            if (end > run) {
                start = inner;
                known = end;
            }
        }
        if (known > run) {
            knownLongFrom = start;
            knownLongTo = known;
        }
        return Math.max(known, run); // "American Civil Liberties Union of Arizona": the run may go on past a known name
    }

    /**
     * The end of the longest known name that starts at {@code from} and holds lower-case words, commas or a number,
     * which a run of capitalised words stops at ({@link KnownLongNames}): "Centers for Disease Control and Prevention",
     * "Bureau of Alcohol, Tobacco, Firearms and Explosives", "TRT 1"; 0 if none.
     */
    private int knownLongName(int from) {
        String first = Folding.key(tokens.get(from).stem());
        int dash = first.indexOf('-');
        int[] lengths = knownLongNames.lengths(dash < 0 ? first : first.substring(0, dash));
        if (lengths.length == 0) {
            return 0;
        }
        // the key of the words so far, joined from the words' keys: a name's key never spans a word's end
        StringBuilder joined = new StringBuilder(first);
        int words = keyWords(first);
        int found = 0;
        for (int k = from + 1; k < tokens.size() && words < lengths[0]; k++) {
            if (tokens.get(k - 1).hasSuffix() || !joinedOrListed(k)) {
                break;
            }
            if (Character.isLowerCase(tokens.get(k).text().codePointAt(0)) && !isStopword(k)
                    && !rules.isConnector(tokens.get(k)) && !rules.isConjunction(tokens.get(k))) {
                break; // "the Frankfurt stock exchange": lower-case words of content make no name
            }
            String key = Folding.key(tokens.get(k).stem());
            if (key.isEmpty()) {
                break;
            }
            joined.append('-').append(key);
            words += keyWords(key);
            boolean longEnough = k - from >= 2 || Character.isDigit(tokens.get(k).text().codePointAt(0)); // "TRT 1"
            if (longEnough && contains(lengths, words) && knownLongNames.hasKey(joined) && known(from, k + 1).isPresent()) {
                found = k + 1;
            }
        }
        return found;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a union's local branch named by its number after the union's name: "Unifor Local 812", "Teamsters
     * Local 727", "UAW Local 600"; {@code to} when none follows the run [from, to). English.
     */
    private int unionLocalEnd(int from, int to) {
        if (commonWords.isEmpty()) {
            return to;
        }
        int local = to - 1 > from && tokens.get(to - 1).text().equals("Local") ? to - 1 : to;
        if (local >= tokens.size() - 1 || !tokens.get(local).text().equals("Local") || !tokens.get(local).joinedToPrevious()
                || tokens.get(local - 1).hasSuffix() || isStopword(local - 1) || !tokens.get(local + 1).joinedToPrevious()
                || !tokens.get(local + 1).text().chars().allMatch(Character::isDigit)) {
            return to;
        }
        return local + 2;
    }

    /** Spaces only before the token, or a comma or an ampersand: "Alcohol, Tobacco", "Research & Development". */
    private boolean joinedOrListed(int k) {
        if (tokens.get(k).joinedToPrevious()) {
            return true;
        }
        String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        return gap.equals(", ") || gap.equals(" & ");
    }

    private static int keyWords(String key) {
        int count = key.isEmpty() ? 0 : 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '-') {
                count++;
            }
        }
        return count;
    }

    private int extendRun(int from) {
        int to = from + 1;
        boolean ofPhrase = false; // a head and a connector joined already: "Department of Design …"
        // "Instituto Nacional de Estatística", "Câmara Municipal do Porto": a type word first takes connectors later on
        boolean ledByTypeWord = headsName(from, from) || from + 1 < tokens.size() && headsName(from, from + 1);
        int adjectives = 0; // lower-case adjectives taken in right after the type word
        int across; // the end of a known name that runs on over a conjunction, once looked for
        while (to < tokens.size()) {
            Token previous = tokens.get(to - 1);
            Token next = tokens.get(to);
            if (!previous.hasSuffix() && isGenerationSuffix(to)) {
                to++; // "Martin Luther King Jr.", "Ted Ginn, Sr."
                continue;
            }
            if (!previous.hasSuffix() && text.substring(previous.end(), next.start()).strip().equals("&")
                    && isNameLike(next) && titleLength(to) == 0) {
                to++; // "Procter & Gamble", "Marks & Spencer": an ampersand joins one name
                continue;
            }
            int partners = to - from == 1 ? partnersAfterCommas(from) : 0;
            if (partners > to) {
                return partners; // "Skidmore, Owings & Merrill", "Keefe, Bruyette & Woods": a firm of partners' names, whole
            }
            int fields = ofPhrase || to - from == 1 ? fieldsAfterCommas(from, to, ofPhrase) : 0;
            if (fields > to) {
                return fields; // "Department of Environment, Tourism, Science and Innovation"
            }
            if (!previous.hasSuffix() && next.joinedToPrevious() && isOrdinal(to) && to + 1 < tokens.size()
                    && isNameLike(tokens.get(to + 1)) && runEndsWithHead(to + 1)) {
                to += 2; // "İzmir 4. Ağır Ceza Mahkemesi", "DSİ 17. Bölge Müdürlüğü"
                continue;
            }
            if (!inflections.isEmpty() && !previous.hasSuffix() && next.joinedToPrevious() && isPlainNumber(to) && to + 1 < tokens.size()
                    && tokens.get(to + 1).joinedToPrevious() && isNameLike(tokens.get(to + 1)) && runEndsWithHead(to + 1)) {
                to += 2; // "Samsun Yeni 19 Mayıs Stadyumu": a number inside a headed name (Turkish: "Leeds 0 Manchester United" is a result)
                continue;
            }
            if (!previous.hasSuffix() && next.joinedToPrevious() && isInitial(to) && !continuesName(to + 1)
                    && (rules.isGivenName(tokens.get(from)) || rules.isGivenName(previous))) {
                to++; // "Ahmet Y. (34)", "Ali Rıza T.": a surname cut to its initial
                break;
            }
            if (!previous.hasSuffix() && next.joinedToPrevious() && GAELIC_PARTICLES.contains(next.text())
                    && continuesName(to + 1) && rules.isGivenName(tokens.get(from))) {
                to += 2; // "Siobhán Ní Bhriain", "Pádraig Ó Ceallaigh": a capitalised Irish particle inside the name
                continue;
            }
            if (to == from + 1 && nicknameInQuotes(to)) {
                to += 2; // Roy "Buck" Caudill: a nickname in quotation marks between the given name and the surname
                break;
            }
            if (!commonWords.isEmpty() && previous.suffix().equals("s") && next.joinedToPrevious() && isNameLike(next)
                    && known(from, to + 1).isPresent()) {
                to++; // "Hawke's Bay", "Martha's Vineyard": a known name holding a possessive
                continue;
            }
            if (possessiveInsideName(to)) {
                to++; // "Bloemfontein Magistrate's Court", "Manchester Magistrates' Court", "U.S. Attorney's Office"
                continue;
            }
            if (!previous.hasSuffix() && next.joinedToPrevious() && titleLength(to) > 0) {
                int known = knownThroughTitle(from, to);
                if (known > 0) {
                    return known; // "United Nations High Commissioner for Refugees": a known name holding a title word
                }
            }
            if (previous.hasSuffix() || !next.joinedToPrevious() || titleLength(to) > 0 && !givenNameShapedTitle(to)) {
                break;
            }
            if (rules.isContextWord(ContextWord.ROAD, Folding.fold(previous.stem()))
                    && ROAD_NUMBER.matcher(next.text()).matches()) {
                to++; // "Highway 401", "Interstate 80", "Illinois Route 43": the number is the road's name
                break;
            }
            if (isNameLike(next) || (isRegnalNumber(next.stem()) && rules.isGivenName(previous))) {
                to++; // "Elizabeth II", "Henry V"
            } else if ((ledByTypeWord || adjectives > 0) && rules.isNameAdjective(next)
                    && (adjectives > 0 || headsName(from, to - 1))) {
                adjectives++;
                to++; // "Assemblée nationale", "Parti socialiste", "Banca centrale europea"
            } else if (isInitial(to) && continuesName(to + 1)) {
                to += 2; // "John F. Kennedy"
            } else if (rules.isConnector(next) && continuesName(to + 1) && !isStopword(to + 1) && !turkishParticle(from, to)
                    && !placeAfterOn(to) && !countryAfterNamedRegion(from, to)
                    && (headsName(from, to - 1) || ledByTypeWord || isRegnalNumber(previous.stem()) || ofPhrase
                        || gazetteer.exact(key(from, to + 2), null, false).isPresent())) { // "House of Commons"
                ofPhrase |= headsName(from, to - 1) || ledByTypeWord;
                to += 2; // "Republic of Belarus", "Stephen I of Hungary", "Università di Padova"
            } else if (rules.isConnector(next) && (headsName(from, to - 1) || ofPhrase) && isArticle(to + 1)
                    && continuesName(to + 2)) {
                ofPhrase = true;
                to += 3; // "Committee for a Responsible Federal Budget", "Department of the Interior"
            } else if (rules.isConjunction(next) && continuesName(to + 1) && known(from, to + 2).isPresent()) {
                to += 2; // "Bosnia and Herzegovina", "Trinidad and Tobago": a known name holding "and"
            } else if (rules.isConjunction(next) && !commonWords.isEmpty() && to - from >= 2 && rules.isHead(previous)
                    && !previous.hasSuffix() && nameAfter(to + 1)
                    && rules.headType(tokens.get(to + 1)).equals(rules.headType(previous)) && !nameAfter(to + 2)) {
                to += 2; // "Kelvingrove Art Gallery and Museum": one more head of the same kind ends the name
                break;
            } else if (rules.isConjunction(next) && policeOfTwoPlaces(from, to)) {
                to += 3; // "Avon and Somerset Police", "Devon and Cornwall Police": one force for two counties
                break;
            } else if (rules.isConjunction(next) && !inflections.isEmpty() && !previous.hasSuffix() && continuesName(to + 1)
                    && rules.isContextWord(ContextWord.LEGAL_FORM, folded(capitalisedRunEnd(to + 1)))) {
                to += 2; // "Marmara Gemi İnşa Sanayi ve Ticaret A.Ş.": the legal form makes one firm of both sides
            } else if (rules.isConjunction(next) && continuesName(to + 1) && (across = knownAcross(from, to)) > to) {
                to = across; // "U.S. Securities and Exchange Commission": a known name inside, over "and"
            } else if (rules.isConjunction(next) && continuesName(to + 1) && !(to - contentFrom(from, to) > 1 && rules.isHead(previous) && !ofPhrase)
                    && (ofPhrase && gazetteer.exact(Folding.key(previous.stem()), null, false).isEmpty()
                        || runEndsWithHead(to + 1) && (!rules.isGivenName(tokens.get(from)) || known(from, from + 1, EntityType.LOCATION).isPresent()
                            || headInside(from, to)) // "Yıldız Tekstil San. ve Tic. A.Ş.": a firm already
                           && (commonWords.isEmpty() || commonWords.contains(folded(to - 1)))
                           && !knownNameEndsAt(from, to))) {
                // Not "FBNQuest and Cordros Securities": before "and" an everyday word, where the language has a list
                to += 2; // "Department of Design and Construction", "Plan ve Bütçe Komisyonu"
            } else if (rules.isParticle(next) && (!isStopword(to) || rules.isGivenName(tokens.get(from)))) {
                int after = to;
                while (after < tokens.size() && tokens.get(after).joinedToPrevious()
                        && rules.isParticle(tokens.get(after)) && (!isStopword(after) || rules.isGivenName(tokens.get(from)))) {
                    after++;
                }
                if (!continuesName(after) || isStopword(after - 1) && !surnameAfterParticle(after)) {
                    break;
                }
                to = after + 1; // "Ursula von der Leyen"; in Turkish text too, "Luiz Inácio Lula da Silva"
            } else if (next.text().length() <= 4 && !Casing.isCapitalised(next.text()) && to + 1 < tokens.size()
                    && tokens.get(to + 1).joinedToPrevious()
                    && isNameLike(tokens.get(to + 1)) && (known(from, to + 2).isPresent()
                        || to - from > 1 && isStopword(from) && known(from + 1, to + 2).isPresent())) {
                // only over a short word ("in", "es", "am", "og", "5"): the lookup costs a key per try
                to += 2; // "(The) Organisation for Security and Cooperation in Europe": a known name holding a small word
            } else {
                break;
            }
        }
        return to;
    }

    /**
     * A sport and a known country or region, either way round, and nothing else: "Athletics Kenya", "England Netball";
     * or a public body's noun before it: "Hydro Tasmania", "Statistics Canada", "Parks Victoria".
     */
    private boolean sportsBody(int from, int to) {
        if (commonWords.isEmpty() || to - from != 2 || tokens.get(from).hasSuffix()) {
            return false;
        }
        for (int sport = from; sport < to; sport++) {
            int place = sport == from ? from + 1 : from;
            // the word lists first, the gazetteer only then: this runs for every run of two words
            boolean body = rules.isContextWord(ContextWord.SPORT_NAME, folded(sport))
                    || sport == from && rules.isContextWord(ContextWord.PUBLIC_BODY, folded(sport));
            if (body && Casing.isCapitalised(tokens.get(sport).text())
                    && known(place, place + 1, EntityType.LOCATION)
                        .filter(e -> GazetteerLoader.isCountryId(e.id()) || GazetteerLoader.isRegionId(e.id())).isPresent()) {
                return known(from, to).isEmpty();
            }
        }
        return false;
    }

    /** "Greater Toronto Area", "Metro Manila", "Old San Juan": a city's area or its old town, named by a word before it (English). */
    private boolean metropolitanArea(int from, int to) {
        if (commonWords.isEmpty() || to - from < 2 || !CITY_AREA_WORDS.contains(folded(from)) || tokens.get(to - 1).hasSuffix()) {
            return false;
        }
        int placeEnd = to - from >= 3 && (folded(to - 1).equals("area") || folded(to - 1).equals("region")) ? to - 1 : to;
        return known(from + 1, placeEnd, EntityType.LOCATION).filter(e -> !GazetteerLoader.isCountryId(e.id())).isPresent();
    }

    /** "Avon and Somerset Police": at {@code to} "and", a place's name and a police force's head word; a place before. */
    private boolean policeOfTwoPlaces(int from, int to) {
        if (commonWords.isEmpty() || !nameAfter(to + 1) || to + 2 >= tokens.size() || !tokens.get(to + 2).joinedToPrevious()
                || tokens.get(to - 1).hasSuffix() || tokens.get(to + 1).hasSuffix() || !POLICE_FORCES.contains(folded(to + 2))
                || commonWords.contains(folded(to + 1))) {
            return false;
        }
        return !nameAfter(to + 3) && known(from, to).map(e -> e.type() == EntityType.LOCATION && !GazetteerLoader.isCountryId(e.id()))
                .orElse(unknown(from, to) && to - from == 1 && !rules.isGivenName(tokens.get(from)));
    }

    /**
     * The end of a known name of the run [from, to) that goes on over the conjunction at {@code to} for up to three
     * more words ("Securities and Exchange Commission" in "U.S. Securities and Exchange Commission"), or 0.
     */
    /**
     * Whether a known name ends right at {@code to}, starting anywhere from {@code from} on: "Oylamada MHP ve Yeniden
     * Refah Partisi" lists two parties, though the run opens with the sentence's first word.
     */
    private boolean knownNameEndsAt(int from, int to) {
        for (int start = from; start < to; start++) {
            if (known(start, to).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private int knownAcross(int from, int to) {
        int last = to + 1;
        while (last + 1 < tokens.size() && last + 1 <= to + 3 && tokens.get(last + 1).joinedToPrevious() && isNameLike(tokens.get(last + 1))) {
            last++;
        }
        for (int end = last + 1; end >= to + 2; end--) {
            for (int start = from; start < to; start++) {
                if (known(start, end).isPresent()) {
                    return end;
                }
            }
        }
        return 0;
    }

    /** A given name before, a quoted capitalised word at {@code index}, then a capitalised surname: Roy "Buck" Caudill. */
    private boolean nicknameInQuotes(int index) {
        if (index + 1 >= tokens.size() || !rules.isGivenName(tokens.get(index - 1)) || tokens.get(index - 1).hasSuffix()) {
            return false;
        }
        Token nickname = tokens.get(index);
        Token surname = tokens.get(index + 1);
        String before = text.substring(tokens.get(index - 1).end(), nickname.start());
        String after = text.substring(nickname.end(), surname.start());
        return (before.equals(" \"") || before.equals(" “")) && (after.equals("\" ") || after.equals("” "))
                && Casing.isCapitalised(nickname.text()) && isNameLike(surname) && !isStopword(index + 1);
    }

    /**
     * Whether a name of the known person begins like the word at {@code first} ("Aleksandr" and "Alexander"
     * Lukashenko): its first three letters, compared folded.
     */
    private boolean sameFirstName(GazetteerEntry person, int first) {
        String word = Folding.key(tokens.get(first).stem());
        List<String> names = person.names();
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            String known = Folding.key(words[0]);
            if (words.length > 1 && known.length() >= 3 && word.length() >= 3 && known.regionMatches(0, word, 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "CLINTON AND DOLE CLASH", "SCHUMACHER WINS AT MONZA": in a line in capitals, a word that is a known person's
     * surname and no everyday word is that person or kin, though no word shows where a name ends.
     */
    private void surnamesInCapitals(int from, int to) {
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (!token.hasSuffix() && token.stem().length() >= 4 && !commonWords.contains(folded(k)) && !isStopword(k)
                    && knownSurname(token)) {
                add(k, k + 1, EntityType.PERSON, null);
            }
        }
    }

    /**
     * A run of a Title Case headline, where every word is capitalised: "Bank of Japan Raises Rates for Second Time",
     * "SEC Charges Connecticut Fund Manager With Fraud". The known names in it are taken, longest first from the
     * left; what lies between is cut at everyday words that are no head ("Raises", "Charges"), and each piece must
     * earn its place as any name of such a line does (a head: "Acme Bank"). English (a word list).
     */
    private void headlineRun(int from, int to) {
        int pieceStart = from;
        int j = from;
        while (j < to) {
            int end = -1;
            GazetteerEntry entry = null;
            for (int k = to; k > j && entry == null; k--) {
                if (isNameLike(tokens.get(j)) && isNameLike(tokens.get(k - 1))) {
                    entry = known(j, k).orElse(null);
                    end = k;
                }
            }
            if (entry == null) {
                j++;
                continue;
            }
            headlinePieces(pieceStart, j);
            add(j, end, null, entry);
            j = end;
            pieceStart = end;
        }
        headlinePieces(pieceStart, to);
    }

    /** Cuts the unknown words [from, to) of a headline at everyday words that are no head, and resolves each piece. */
    private void headlinePieces(int from, int to) {
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean cut = k == to || !isNameLike(tokens.get(k)) && !rules.isConnector(tokens.get(k))
                    || commonWords.contains(folded(k)) && !rules.isHead(tokens.get(k)) && !rules.isGivenName(tokens.get(k));
            if (cut) {
                int end = k;
                while (end > start && rules.isConnector(tokens.get(end - 1))) {
                    end--; // "Rates for": no connector ends a name
                }
                if (end > start && isNameLike(tokens.get(start))) {
                    resolveUnknown(start, end, null);
                }
                start = k + 1;
            }
        }
    }

    /**
     * "Yapı Kredi Yayınları da Sait Faik …": in Turkish text "da" and "de" after a name are the particle "also", never a
     * connector as in "Università di Padova"; but a person's name may hold one ("Luiz Inácio Lula da Silva").
     */
    private boolean turkishParticle(int from, int index) {
        return !inflections.isEmpty() && isStopword(index) && !rules.isGivenName(tokens.get(from));
    }

    /**
     * The end of the longest known name that starts at {@code from} and runs on over the title word at {@code title}
     * (at most eight words, joined by spaces, without suffixes inside), or 0.
     */
    private int knownThroughTitle(int from, int title) {
        int last = title;
        while (last + 1 < tokens.size() && last + 1 - from < 8 && tokens.get(last + 1).joinedToPrevious()
                && !tokens.get(last).hasSuffix()) {
            last++;
        }
        for (int end = last + 1; end > title; end--) {
            if (known(from, end).isPresent()) {
                return end;
            }
        }
        return 0;
    }

    /**
     * Token {@code index} of the name starting at {@code from} tells its type before a connector: a head word
     * ("Bank of England"), or the first word where the language puts the type first ("Ministerio de Sanidad").
     */
    private boolean headsName(int from, int index) {
        boolean first = index == from || index == from + 1 && isStopword(from); // "El Ministerio de …" opening a sentence
        return rules.isHead(tokens.get(index)) || first && rules.leaderType(tokens.get(index)).isPresent();
    }

    /**
     * "Melbourne Tigers", "Tampa Bay Buccaneers", "Coventry City": a known place and then one plural word, or
     * "City" or "Town", is a team's name (English; the plural of an everyday word or an unknown one, never a
     * known name; the whole no known place).
     */
    private boolean isTeamName(int from, int to) {
        if (commonWords.isEmpty() || to - from < 2) {
            return false;
        }
        Token last = tokens.get(to - 1);
        String word = folded(to - 1);
        boolean clubWord = word.equals("city") || word.equals("town"); // "Coventry City", "Ipswich Town"
        if (clubWord && known(from, to, EntityType.ORGANIZATION).isPresent()) {
            return true; // a known club: its "City" is no city's head
        }
        if (last.hasSuffix() || word.length() < 4 || !(clubWord || word.endsWith("s") && !word.endsWith("ss") && !rules.isHead(last))
                || !allPlainCapitalised(to - 1, to) || !clubWord && !unknown(to - 1, to) || !unknown(from, to)) {
            return false; // "Quezon City" is a known place; "Chatham Islands" has a place's head
        }
        if (!clubWord && to - from == 2 && rules.isGivenName(tokens.get(from)) && rules.isSurname(last) && !commonWords.contains(word)) {
            return false; // "Sofia Castellanos": a given name that a city has too, and a surname, not a plural
        }
        // Teams are named after cities and states; "United States Embassies" are no team. "Chennai Super Kings":
        // one everyday capitalised word may stand between the place and the plural.
        int placeEnd = to - 1;
        if (to - from >= 3 && !clubWord && allPlainCapitalised(to - 2, to - 1) && commonWords.contains(folded(to - 2))
                && !rules.isHead(tokens.get(to - 2))) {
            placeEnd = to - 2;
        }
        Optional<GazetteerEntry> place = known(from, placeEnd);
        if (placeEnd == to - 2 && place.isEmpty()) {
            placeEnd = to - 1;
            place = known(from, placeEnd);
        }
        return place.isPresent() && place.get().type() == EntityType.LOCATION
                && !GazetteerLoader.isCountryId(place.get().id());
    }

    /** An English possessive ('s, or s') right before {@code index}, inside a name whose run ends in a head word. */
    private boolean possessiveInsideName(int index) {
        if (commonWords.isEmpty() || index >= tokens.size()) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        Token next = tokens.get(index);
        String gap = text.substring(previous.end(), next.start());
        boolean possessive = previous.suffix().equals("s") && gap.equals(" ")
                || !previous.hasSuffix() && previous.text().endsWith("s") && (gap.equals("' ") || gap.equals("’ "));
        // The possessor is a common noun ("Magistrate's", "Sheriff's"), not a name ("MIT's Lorenz Center") nor a
        // whole institution ("Stanford University's Center on Poverty").
        String possessor = folded(index - 1);
        // or a saint's: "St James' Park", "St Thomas' Hospital", "St. Mary's Church"
        boolean saints = index >= 2 && SAINTS.contains(tokens.get(index - 2).text()) && tokens.get(index - 1).joinedToPrevious();
        return possessive && (commonWords.contains(possessor) || saints) && !rules.isHead(previous) && isNameLike(next)
                && titleLength(index) == 0 && runEndsWithHead(index);
    }

    /**
     * The end of a firm named by its partners, with commas and an ampersand, that starts at the one word {@code from}
     * ("Skidmore, Owings & Merrill", "Wachtell, Lipton, Rosen & Katz"), or 0. No part may be a known place ("Leeds,
     * York & Hull" are three).
     */
    private int partnersAfterCommas(int from) {
        Matcher partners = PARTNERS_AFTER_COMMAS.matcher(text).region(tokens.get(from).end(), text.length());
        if (commonWords.isEmpty() || tokens.get(from).hasSuffix() || !partners.lookingAt()) {
            return 0;
        }
        int end = from + 1;
        while (end < tokens.size() && tokens.get(end).end() <= partners.end()) {
            end++;
        }
        for (int k = from; k < end; k++) {
            if (isNameLike(tokens.get(k)) && known(k, k + 1, EntityType.LOCATION).isPresent()) {
                return 0;
            }
        }
        return end;
    }

    /**
     * "Department of Environment, Tourism, Science and Innovation", "Meteorology, Climatology and Geophysics Agency":
     * a government body named by its fields, everyday capitalised words listed with commas and "and", after "X of"
     * or before a head that ends the list. The end of the whole name, or 0. English (a word list tells the fields).
     */
    private int fieldsAfterCommas(int from, int to, boolean ofPhrase) {
        // the comma first: most runs have none after them, and a field's test looks the word up in the gazetteer
        if (commonWords.isEmpty() || to >= tokens.size() || !text.startsWith(", ", tokens.get(to - 1).end())
                || tokens.get(to - 1).hasSuffix() || !field(to - 1, ofPhrase)) {
            return 0;
        }
        int k = to;
        int commas = 0;
        while (k < tokens.size() && text.startsWith(", ", tokens.get(k - 1).end()) && tokens.get(k).start() == tokens.get(k - 1).end() + 2
                && field(k, ofPhrase) && !tokens.get(k).hasSuffix()) {
            commas++;
            k++;
        }
        if (commas == 0 || k + 1 >= tokens.size() || !tokens.get(k).joinedToPrevious() || !tokens.get(k).text().equals("and")
                || !tokens.get(k + 1).joinedToPrevious() || !isNameLike(tokens.get(k + 1))
                || ofPhrase && !field(k + 1, true)) {
            return 0;
        }
        int end = capitalisedRunEnd(k + 1);
        if (ofPhrase) {
            return end == k + 1 || rules.isHead(tokens.get(end)) ? end + 1 : 0;
        }
        return rules.headType(tokens.get(end)).orElse(null) == EntityType.ORGANIZATION ? end + 1 : 0;
    }

    /**
     * A capitalised word that names no place or body of its own: "Tourism"; an everyday word where nothing but the
     * list says it is a field, after "X of" a head word too ("Ministry of Education, Sports and Culture"); before a head that ends the list, any unknown word that is no person's name ("Climatology").
     */
    private boolean field(int index, boolean everyday) {
        Token token = tokens.get(index);
        return Casing.isCapitalised(token.text()) && !Casing.isAllUpper(token.stem(), 2) && (everyday || !rules.isHead(token))
                && (commonWords.contains(folded(index))
                    || !everyday && !rules.isGivenName(token) && !rules.isSurname(token))
                && known(index, index + 1).isEmpty();
    }

    /**
     * "the Copperbelt Province of Zambia": a region already named before its place head ("Copperbelt Province") is
     * in the country after "of", two places; "Province of Quebec" and "Republic of Korea" are one name.
     */
    private boolean countryAfterNamedRegion(int from, int connector) {
        if (commonWords.isEmpty() || connector - from < 2 || !folded(connector).equals("of")
                || rules.headType(tokens.get(connector - 1)).orElse(null) != EntityType.LOCATION) {
            return false;
        }
        int end = capitalisedRunEnd(connector + 1);
        return known(connector + 1, end + 1).filter(e -> GazetteerLoader.isCountryId(e.id())).isPresent();
    }

    /**
     * "Little Sprouts Learning Center on Main Street": "on" before a street's or a known place's name says where the
     * body is, though "Council on Foreign Relations" or "Center on Poverty" hold it.
     */
    private boolean placeAfterOn(int connector) {
        if (!tokens.get(connector).text().equals("on")) {
            return false;
        }
        int end = capitalisedRunEnd(connector + 1);
        return rules.headType(tokens.get(end)).orElse(null) == EntityType.LOCATION
                || known(connector + 1, end + 1, EntityType.LOCATION).isPresent();
    }

    /** The capitalised run from {@code index} ends in a head word: "… and Tourism Council", "… ve Denetleme Kurumu". */
    private boolean runEndsWithHead(int index) {
        return rules.isHead(tokens.get(capitalisedRunEnd(index)));
    }

    /** The last token of the run of capitalised words joined by spaces from {@code index}, up to a suffix or a title. */
    private int capitalisedRunEnd(int index) {
        int end = index;
        while (end + 1 < tokens.size() && tokens.get(end + 1).joinedToPrevious() && !tokens.get(end).hasSuffix()
                && isNameLike(tokens.get(end + 1)) && titleLength(end + 1) == 0) {
            end++;
        }
        return end;
    }

    /**
     * Whether the first word of [from, to) opens the sentence as a common word may: English, an everyday word; Turkish,
     * which has no word list, an unknown word without a suffix before two or more words, not a demonym ("Şirketin
     * Kamuyu Aydınlatma Platformu'na"; but "Yunan Sahil Güvenlik Komutanlığı" is the Greek one).
     */
    private boolean openerOfTheSentence(int from, int to) {
        Token first = tokens.get(from);
        if (!first.sentenceInitial()) {
            return false;
        }
        return !commonWords.isEmpty() ? to - from >= 2 && commonWords.contains(folded(from))
                : !inflections.isEmpty() && to - from >= 3 && !first.hasSuffix() && !rules.namesNothing(first) && unknown(from, from + 1);
    }

    /**
     * An everyday English word for people in the plural, the way a role in apposition opens a sentence ("Promoters",
     * "Advisers", "Analysts", "Champions"): an agent noun's ending, or a listed role; no surname ("Waters", "Rivers").
     */
    private boolean pluralOfPeople(int index) {
        Token token = tokens.get(index);
        String word = folded(index);
        return !token.hasSuffix() && (PLURAL_ROLES.contains(word) || PLURAL_AGENT.matcher(word).matches())
                && !rules.isGivenName(token) && !rules.isSurname(token) && !knownSurname(token);
    }

    /**
     * "Iowa House of Representatives", "Ohio General Assembly": a state or province and then an institution the
     * gazetteer knows by generic words only (a nation's "House of Representatives") is the state's own body. English.
     */
    private boolean statesOwnChamber(GazetteerEntry place, int placeEnd, int to) {
        if (commonWords.isEmpty() || place.type() != EntityType.LOCATION || !GazetteerLoader.isRegionId(place.id())
                || tokens.get(placeEnd - 1).hasSuffix() || to - placeEnd < 1) {
            return false;
        }
        return everydayWordsAndHeads(placeEnd, to) && known(placeEnd, to).filter(e -> e.type() == EntityType.ORGANIZATION).isPresent();
    }

    /** Whether [from, to) holds only everyday words and type words: a generic name ("Supreme Court", "House of Representatives"). */
    private boolean everydayWordsAndHeads(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!commonWords.contains(folded(k)) && !rules.isHead(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Derya Türkmen", "Ahmet Kürt": a demonym right after a given name, the two alone and not in capitals, is the
     * person's surname (Turkish has many such), not a word that names nothing.
     */
    private boolean surnameAfterGivenName(int from, int to) {
        return to - from == 2 && !Casing.isAllUpper(tokens.get(to - 1).stem(), 2)
                && rules.isGivenName(tokens.get(from)) && !rules.namesNothing(tokens.get(from));
    }

    /** "Rakip Türk Telekom": a known organisation of two or more words after it, which no given name opens. */
    private boolean knownBodyAfter(int from, int to) {
        return to - from >= 3 && known(from + 1, to).filter(e -> e.type() == EntityType.ORGANIZATION).isPresent();
    }

    /** Whether [from + 1, to) is a known name, a country's only where an office follows ("Former U.S. Senator"). */
    private boolean openerBeforeKnownName(int from, int to) {
        return known(from + 1, to).filter(e -> !GazetteerLoader.isCountryId(e.id()) || to < tokens.size() && titleLength(to) > 0)
                .isPresent();
    }

    /** A number of one to three digits, no ordinal's period after it: "19" in "19 Mayıs Stadyumu". */
    private boolean isPlainNumber(int index) {
        String digits = tokens.get(index).text();
        return digits.length() <= 3 && digits.chars().allMatch(Character::isDigit) && !isOrdinal(index);
    }

    /** A Turkish ordinal inside a name: "4." in "İzmir 4. Ağır Ceza Mahkemesi". */
    private boolean isOrdinal(int index) {
        Token token = tokens.get(index);
        String digits = token.text();
        return digits.length() <= 3 && digits.chars().allMatch(Character::isDigit)
                && token.end() + 1 < text.length() && text.charAt(token.end()) == '.' && text.charAt(token.end() + 1) == ' ';
    }

    private boolean isArticle(int index) {
        return index < tokens.size() && tokens.get(index).joinedToPrevious() && rules.isArticle(tokens.get(index));
    }

    private boolean isInitial(int index) {
        if (index >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(index);
        return token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0))
                && token.end() < text.length() && text.charAt(token.end()) == '.';
    }

    /** "Jr" or "Sr" after a name, with or without a comma before it. */
    private boolean isGenerationSuffix(int index) {
        Token token = tokens.get(index);
        String gap = text.substring(tokens.get(index - 1).end(), token.start());
        return (token.text().equals("Jr") || token.text().equals("Sr")) && (gap.equals(" ") || gap.equals(", "));
    }

    private boolean continuesName(int index) {
        return index < tokens.size() && tokens.get(index).joinedToPrevious() && isNameLike(tokens.get(index))
                && titleLength(index) == 0;
    }

    /** A company officer's title ("Chief Executive", "Chairman", "Managing Director"), which no portfolio word opens. */
    private boolean corporateTitle(int titleIndex, int titleLength) {
        StringBuilder phrase = new StringBuilder();
        for (int k = titleIndex; k < titleIndex + titleLength; k++) {
            phrase.append(k > titleIndex ? " " : "").append(folded(k));
        }
        return CORPORATE_TITLES.contains(phrase.toString());
    }

    /**
     * An unknown name right before a title cue. Before an English capitalised title it is part of the title
     * ("Foreign Minister", "Deputy Prime Minister"). Before a Turkish compound title (possessive ending:
     * "Bakanı", "Teknik Direktörü") office words are part of the title ("Dışişleri Bakanı") and anything else
     * is what the office is of, an organisation ("Fenerbahçe Teknik Direktörü"); so is a name before a
     * lower-case or all-capital title ("Hamas leader", "Apple CEO").
     */
    private void absorbIntoTitle(int titleIndex, int titleLength) {
        Token title = tokens.get(titleIndex);
        if (!title.joinedToPrevious() || mentions.isEmpty()) {
            return;
        }
        FoundMention last = mentions.get(mentions.size() - 1);
        if (last.end() != tokens.get(titleIndex - 1).end() || tokens.get(titleIndex - 1).hasSuffix()) {
            return;
        }
        if (last.entry() != null) {
            String office = Folding.fold(title.stem());
            if (last.entry().type() == EntityType.ORGANIZATION && last.tokenCount() == 1 && !inflections.isEmpty()
                    && rules.isContextWord(ContextWord.TERRITORIAL_OFFICE, office) && !office.startsWith("buyukelchi")
                    && !office.startsWith("bashkonsolos")) {
                // "Zara Müftüsü", "Fatsa Kaymakamı": a district's officials, whatever company shares its name (not
                // "NATO Büyükelçisi", an envoy to a body)
                mentions.set(mentions.size() - 1, hinted(last, EntityType.LOCATION));
            }
            return;
        }
        boolean capitalisedTitle = Casing.isCapitalised(title.text()) && !Casing.isAllUpper(title.stem(), 2);
        String lastTitleWord = Folding.fold(tokens.get(titleIndex + titleLength - 1).stem());
        boolean compoundTitle = lastTitleWord.endsWith("i") || lastTitleWord.endsWith("u");
        int first = titleIndex - last.tokenCount();
        if (first >= 0 && tokens.get(first).sentenceInitial() && !hasEvidence(tokens.get(first), null)) {
            first++; // "Toplantıya Dışişleri Bakanı": a sentence opener glued to the office
        }
        boolean officeOnly = Math.max(0, first) < titleIndex; // not vacuously: "Uşakspor Başkanı" opening a sentence
        for (int k = Math.max(0, first); k < titleIndex && officeOnly; k++) {
            officeOnly = rules.isOfficeWord(tokens.get(k)) || rules.isConnector(tokens.get(k)) || rules.isConjunction(tokens.get(k)); // "Kültür ve Turizm Bakanı"
        }
        int nameStart = Math.max(0, first);
        // "İGA İcra Kurulu Başkanı": the office words end the company's name, which keeps the rest
        int officeFrom = officeWordsFrom(nameStart, titleIndex, false);
        if (capitalisedTitle && compoundTitle && !officeOnly && officeFrom < titleIndex && officeFrom > nameStart
                && !inflections.isEmpty()) {
            mentions.remove(mentions.size() - 1);
            add(nameStart, officeFrom, EntityType.ORGANIZATION, known(nameStart, officeFrom).orElse(null));
            return;
        }
        if (capitalisedTitle && !officeOnly && !commonWords.isEmpty() && officeFrom > nameStart && officeFrom < titleIndex) {
            Optional<GazetteerEntry> place = known(nameStart, officeFrom).filter(e -> e.type() == EntityType.LOCATION);
            if (place.isPresent()) {
                // "Alberta Energy Minister", "Papua New Guinea's Petroleum Minister": the place's; the portfolio is the title's
                mentions.remove(mentions.size() - 1);
                add(nameStart, officeFrom, EntityType.LOCATION, place.get());
                return;
            }
        }
        if (capitalisedTitle && !officeOnly && !commonWords.isEmpty() && last.hint() == null && corporateTitle(titleIndex, titleLength)) {
            // "Kestrel Chief Executive Helena Adeyemi": a company's officer; "Foreign Minister" holds office words only
            mentions.set(mentions.size() - 1, hinted(last, EntityType.ORGANIZATION));
            return;
        }
        if (capitalisedTitle && (officeOnly || !compoundTitle && last.hint() != EntityType.ORGANIZATION)) {
            // "Foreign Minister": the words are the title's; but "NSW Police Detective Superintendent" keeps the force
            mentions.remove(mentions.size() - 1);
            if (officeOnly) {
                officeWordsBeforeConjunction(nameStart);
            }
        } else if (last.hint() == null) {
            // "Togg Üst Yöneticisi": the company's; "Lice Kaymakamı", "Zara Müftüsü": the place's officials
            EntityType owner = rules.isContextWord(ContextWord.TERRITORIAL_OFFICE, Folding.fold(title.stem())) ? EntityType.LOCATION : EntityType.ORGANIZATION;
            mentions.set(mentions.size() - 1, hinted(last, owner));
        }
    }

    /**
     * Where the office words that end tokens [floor, end) begin ("İGA | İcra Kurulu", "Tunceli Belediyesi | Kültür"), no
     * earlier than {@code floor}; with {@code headEnds} a body's head word ("Belediyesi") is none of them.
     */
    /**
     * "İl Tarım ve Orman Müdürü": office words joined by a conjunction to the office words of a title are the title's
     * too, though the conjunction cut them off as a name of their own.
     */
    private void officeWordsBeforeConjunction(int officeStart) {
        if (officeStart < 2 || mentions.isEmpty() || !rules.isConjunction(tokens.get(officeStart - 1))) {
            return;
        }
        FoundMention before = mentions.get(mentions.size() - 1);
        if (before.entry() != null || before.end() != tokens.get(officeStart - 2).end() || tokens.get(officeStart - 2).hasSuffix()) {
            return;
        }
        int from = officeStart - 1 - before.tokenCount();
        if (from >= 0 && officeWordsFrom(from, officeStart - 1, false) == from) {
            mentions.remove(mentions.size() - 1);
        }
    }

    private int officeWordsFrom(int floor, int end, boolean headEnds) {
        while (end > floor && rules.isOfficeWord(tokens.get(end - 1)) && !(headEnds && rules.isHead(tokens.get(end - 1)))) {
            end--;
        }
        return end;
    }

    /** The mention as a name of that type by a cue, with no entry and no shape of its own. */
    private static FoundMention hinted(FoundMention mention, EntityType type) {
        return new FoundMention(mention.start(), mention.end(), mention.surface(), mention.key(), mention.name(),
                mention.tokenCount(), mention.lastWordKey(), type, null, null, false);
    }

    private void resolveSpan(int from, int to, EntityType titleHint) {
        if (!inflections.isEmpty() && titleHint == null && to - from >= 3 && to < tokens.size() && titleLength(to) > 0) {
            int end = officeWordsFrom(from + 1, to, true);
            if (end < to && end - from >= 2 && rules.isHead(tokens.get(end - 1)) && !tokens.get(end - 1).hasSuffix()) {
                // "Tunceli Belediyesi Kültür Müdürü": the office words after the body's head are the title's
                resolveSpan(from, end, null);
                return;
            }
        }
        // "Sudanese", "Arab Israeli", "Russian Tuva", "a Virginia Democrat", "TV": words that name nothing
        // begin or end no name, unless the whole is known ("British Airways") or has a head ("Communist Party").
        if (titleHint == null && (to - from == 1 || headOfName(from, to).isEmpty()) && !isTeamName(from, to)) {
            if (to - from > 2 && tokens.get(from).sentenceInitial() && !hasEvidence(tokens.get(from), null)
                    && rules.namesNothing(tokens.get(from + 1)) && unknown(from, to)) {
                from++; // "Finalde Gürcü Geno Petriashvili'yi …": an opener before the demonym
            }
            while (from < to && (rules.namesNothing(tokens.get(from)) || to - from > 1 && isDemonym(folded(from))) && unknown(from, to)
                    && !knownFrom(from, to)) {
                from++; // "Etiyopyalı Tigist Ketema"; but "BRITISH AIRWAYS FIRST QUARTER PROFIT" opens with a known name
            }
            // "The Celtics": known once the article is left out
            int content = from + 1 < to && isStopword(from) ? from + 1 : from;
            while (to > from && rules.namesNothing(tokens.get(to - 1)) && !tokens.get(to - 1).hasSuffix() && unknown(from, to)
                    && unknown(content, to) && !surnameAfterGivenName(from, to)) {
                to--;
            }
        }
        if (from == to || to - from == 1 && to < tokens.size() && !commonWords.isEmpty() && SERIES_PARTS.contains(folded(from))
                && tokens.get(to).joinedToPrevious() && isPlainNumber(to)) {
            return; // "in Game 6", "Stage 12", "Round 3": a part of a series, no name
        }
        if (titleHint == null && sportsBody(from, to)) {
            add(from, to, EntityType.ORGANIZATION, null); // "Athletics Kenya", "Swim England": a country's sports body
            return;
        }
        if (titleHint == null && to - from >= 2 && quotedWhole(from, to) && known(from, to).isEmpty() && !inTitleCaseParagraph[from]) {
            // ""Taş Konak" dizisi", "the film "Silent Hill Road"": a work's title, whole, though a known place ("Konak")
            // lies inside
            add(from, to, EntityType.MISC, null);
            return;
        }
        if (openerOfTheSentence(from, to) && (!rules.isGivenName(tokens.get(from)) || knownBodyAfter(from, to)) && known(from, to).isEmpty()
                && openerBeforeKnownName(from, to)) {
            // "Former U.S. Senator …", "Rival Boeing …", "Oturuma Avrupa Birliği": a word opening the sentence before a
            // known name; not before a country's but for an office after it ("Environment Canada", "Teamsters Canada"
            // are bodies), nor a given name ("Rakip" is one too) but before a known body ("Rakip Türk Telekom")
            from++;
        } else if (openerOfTheSentence(from, to) && pluralOfPeople(from) && known(from, to).isEmpty()
                && !(to - from == 2 && commonWords.contains(folded(from + 1))) && known(from + 1, to).filter(e -> GazetteerLoader.isCountryId(e.id())).isEmpty()) {
            // "Promoters MCD Productions said", "Advisers Davy and …", "Champions Liverpool": people in the plural, in
            // apposition before a name; but "Teamsters Canada" (a country after it) and "Rivers State" (one everyday word) are whole
            from++;
        }
        if (commonWords.isEmpty() && to - from > 2 && tokens.get(from).sentenceInitial() && !hasEvidence(tokens.get(from), null)
                && rules.isGivenName(tokens.get(from + 1)) && unknown(from, to)) {
            from++; // "Kavgada Halil İbrahim Ceyhan": an opener glued to a person's name, whose surname is a town too
        }
        int contentStart = isStopword(from) && from + 1 < to ? from + 1 : from;
        if (contentStart == knownLongFrom && to == knownLongTo) {
            Optional<GazetteerEntry> entry = known(contentStart, to);
            if (entry.isPresent()) {
                add(contentStart, to, entry.get().type(), entry.get());
                return;
            }
        }
        EntityType hint = typeHint(from, to, titleHint);
        if (link(from, to, hint).isEmpty() && isStopword(from) && !givenNameInStopList(from, to) && !allOfACountry(from, to)) {
            while (from < to && isStopword(from) && !allOfACountry(from, to)) {
                from++;
            }
            if (from == to) {
                return;
            }
            hint = typeHint(from, to, titleHint); // "When Margaret Hamilton arrived": the name starts at "Margaret"
        }
        Optional<GazetteerEntry> whole = link(from, to, hint);
        if (whole.isPresent()) {
            add(from, to, hint, whole.get());
            return;
        }
        if (titleHint == null && to - from > 1 && inHeadline[from]) {
            headlineRun(from, to);
            return;
        }
        if (to - from == 2 && COMPASS_AFTER.contains(folded(to - 1)) && (known(from, to - 1, EntityType.LOCATION).isPresent()
                || unknown(from, to - 1) && !rules.isGivenName(tokens.get(from)))) {
            // "Davao Oriental", "Ilocos Norte", "Sumatera Utara"; "Camarines Sur" though Camarines alone is not known
            add(from, to, EntityType.LOCATION, null);
            return;
        }
        if (to - from == 2 && !commonWords.isEmpty() && ENGLISH_COMPASS_AFTER.contains(folded(to - 1)) && !tokens.get(from).hasSuffix()
                && known(from, to - 1, EntityType.LOCATION).filter(e -> !GazetteerLoader.isCountryId(e.id())).isPresent()
                && known(from, to).isEmpty()) {
            add(from, to, EntityType.LOCATION, null); // "Borno South", "Belfast East", "Kano Central": a district or a constituency
            return;
        }
        if (metropolitanArea(from, to)) {
            add(from, to, EntityType.LOCATION, null); // "Greater Toronto Area", "Metro Manila": a city and its suburbs
            return;
        }
        // "South Taranaki", "Doğu Anadolu": a part of a known place; after a glued opener too ("Yatırımlar Doğu Anadolu'da")
        int compass = to - from >= 3 && tokens.get(from).sentenceInitial() && !hasEvidence(tokens.get(from), null) ? from + 1 : from;
        if (to - compass >= 2 && (COMPASS_POINTS.contains(folded(compass)) || INNER_PARTS.contains(folded(compass)))
                && !tokens.get(compass).hasSuffix()
                && known(compass + 1, to, EntityType.LOCATION).isPresent()) {
            if (compass > from) {
                resolveUnknown(from, compass, titleHint);
            }
            add(compass, to, EntityType.LOCATION, null);
            return;
        }
        if (ampersandInside(from, to)) {
            add(from, to, EntityType.ORGANIZATION, null); // "Halden & Crewe", "Harlow & Finch": a firm, not two towns
            return;
        }
        if (surnameLikeTown(from, to) || givenNamesBeforeTown(from, to)) {
            add(from, to, hint, null); // "Shintaro Ikeda", "Yiğit Ozan Karataş": a surname that a town has too
            return;
        }
        if (townBeforeSurname(from, to)) {
            add(from, to, EntityType.PERSON, null); // "Fresno Okafor": a given name that a town has too
            return;
        }
        if (organisationInCountry(from, to)) {
            add(from, to, EntityType.ORGANIZATION, null); // "Yahoo Japan", "MTN Nigeria": a company's national arm
            return;
        }
        if (to - from > 1 && !inCapitalsParagraph[from] && (headOfName(from, to).filter(t -> t != EntityType.PERSON).isPresent() || isTeamName(from, to)
                || rules.endingType(tokens.get(to - 1)).filter(t -> t == EntityType.ORGANIZATION).isPresent())) {
            // "Rusya Savunma Bakanlığı", "İstanbul Büyükşehir Belediyesi", "Melbourne Tigers": a place inside a name
            if (to - from > 2 && !inflections.isEmpty() && tokens.get(from).sentenceInitial() && !tokens.get(from).hasSuffix()
                    && !rules.isOfficeWord(tokens.get(from)) && rules.isOfficeWord(tokens.get(from + 1))
                    && unknown(from, from + 1) && !rules.isGivenName(tokens.get(from)) && tokens.get(from).stem().length() > 3
                    && rules.isContextWord(ContextWord.OFFICE_HEAD, folded(to - 1))) {
                from++; // "Açıklama Dışişleri Bakanlığının sitesinde …": the sentence's opening noun is no part of the ministry
            }
            resolveUnknown(from, to, titleHint);
            return;
        }
        // Known names inside a longer run: "Aleksandr Lukaşenko" when only "Lukaşenko" is known. A run that
        // starts with a given name is one person's name: "Dinah Washington" holds no place; but a Turkish
        // locative or ablative marks a place after the name ("Bakan Oğuzhan Şahinbaş Ankara'da").
        boolean person = hint == EntityType.PERSON && !hasPlaceSuffix(tokens.get(to - 1));
        int runStart = from;
        int j = from;
        while (j < to) {
            int matchEnd = -1;
            GazetteerEntry match = null;
            for (int k = to; k > j; k--) {
                if (k - j == to - from || !isNameLike(tokens.get(j))
                        || !isNameLike(tokens.get(k - 1)) && !(j == knownLongFrom && k == knownLongTo)) {
                    continue; // the whole span was tried already; particles ("van", "de") are no names alone; "TRT 1" is known
                }
                Optional<GazetteerEntry> entry = known(j, k);
                if (entry.isPresent() && (!person || entry.get().type() == EntityType.PERSON)) {
                    matchEnd = k;
                    match = entry.get();
                    break;
                }
            }
            if (match == null) {
                j++;
                continue;
            }
            if (j == from && match.type() == EntityType.PERSON && (matchEnd + 1 == to && isGenerationSuffix(matchEnd)
                    || !commonWords.isEmpty() && matchEnd - j == 1 && to - matchEnd == 1 && allPlainCapitalised(matchEnd, to)
                        && !rules.isHead(tokens.get(matchEnd)))) {
                // "Chris Eubank Jr.": the son of the known man; "Tebogo Maseko": a known one-word name as another's given
                // name (English: a Turkish subject meets the next name, "Demirel Ankara'ya …")
                add(from, to, EntityType.PERSON, null);
                return;
            }
            if (j == from && statesOwnChamber(match, matchEnd, to)) {
                add(from, to, EntityType.ORGANIZATION, null); // "Iowa House of Representatives": the state's, not Congress's
                return;
            }
            if (j == from && firmsUnit(match, matchEnd, to)) {
                add(from, to, EntityType.ORGANIZATION, null); // "S&P Global Ratings", "Evercore ISI", "Breitbart Tech"
                return;
            }
            int mentionStart = j;
            if (runStart < j) {
                // Given names before a known surname ("Elif Nur Demirtaş"), if the first is one: German capitalises
                // every noun, and "den Präsidenten Emmanuel Macron" holds no first name "Präsidenten".
                // A lone word before a known surname alone is a first name too ("Nurten Ağaoğlu"), where nouns are not
                // capitalised; but the person is another than the known one unless the first names agree.
                boolean firstName = rules.isGivenName(tokens.get(runStart)) || !nounsCapitalised && j - runStart == 1
                        && matchEnd - j == 1 && !isStopword(runStart) && !rules.namesNothing(tokens.get(runStart));
                // "Yönetim Kurulu Üyesi Hakan Sarıgül": else the given name right before the known surname is the
                // person's, and the words before it go their own way
                int nameStart = match.type() != EntityType.PERSON ? j
                        : allPlainCapitalised(runStart, j) && firstName ? runStart
                        : j - runStart > 1 && rules.isGivenName(tokens.get(j - 1)) && allPlainCapitalised(j - 1, j) ? j - 1
                        : j;
                if (nameStart > runStart) {
                    resolveUnknown(runStart, nameStart, titleHint);
                }
                if (nameStart < j) {
                    mentionStart = nameStart;
                    if (matchEnd - j == 1 && !sameFirstName(match, nameStart)) {
                        add(mentionStart, matchEnd, EntityType.PERSON, null);
                        j = matchEnd;
                        runStart = matchEnd;
                        continue;
                    }
                }
            }
            add(mentionStart, matchEnd, hint, match);
            j = matchEnd;
            runStart = matchEnd;
        }
        if (runStart < to) {
            resolveUnknown(runStart, to, titleHint);
        }
    }

    /**
     * "S&P Global Ratings", "Evercore ISI", "Breitbart Tech": a known organisation's name and then one to three
     * capitalised words that are no name of their own, with no given name or office among them ("NASA Administrator
     * Bill Nelson"), name the firm's unit or arm: one organisation. English (a word list); in Turkish a word after a
     * club's name is often a sponsor's or a league's.
     */
    private boolean firmsUnit(GazetteerEntry firm, int from, int to) {
        if (firm.type() != EntityType.ORGANIZATION || commonWords.isEmpty() || to - from < 1 || to - from > 3
                || inTitleCaseParagraph[from] || !unknown(from, to)) {
            return false; // "Eskom Marks 300 Days …": a headline's verb
        }
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            if (token.hasSuffix() || isStopword(k) || !isNameLike(token) || !unknown(k, k + 1) || rules.namesNothing(token)
                    || rules.isGivenName(token) || rules.isOfficeWord(token) || rules.isTeamRole(token)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entry the words [from, to) name exactly, as written (an all-capital surface may match an acronym, an
     * abbreviation needs its period: "Del." is Delaware, "Del Monte" no; a Turkish ş or ç a generated place spelt
     * without them: "Kış" is no Kish).
     */
    private Optional<GazetteerEntry> known(int from, int to) {
        String key = key(from, to);
        return gazetteer.exact(key, null, allCapitals(from, to))
                .filter(e -> writtenAsKnown(e, key, tokens.get(to - 1).end())
                        && spelledAlike(e, surface(from, to)))
                .or(() -> firmNamedWithS(from, to));
    }

    /**
     * "Moody's", "Lowe's", "McDonald's": a firm whose name ends in "'s", which the tokenizer reads as a possessive.
     * Only a known organisation's name holds it; "Obama's" stays Obama's.
     */
    private Optional<GazetteerEntry> firmNamedWithS(int from, int to) {
        Token last = tokens.get(to - 1);
        if (!last.hasSuffix() || !Folding.fold(last.suffix()).equals("s")) {
            return Optional.empty();
        }
        return gazetteer.exact(Folding.key(text.substring(tokens.get(from).start(), last.end())), EntityType.ORGANIZATION, false)
                .filter(e -> e.type() == EntityType.ORGANIZATION);
    }

    /** The entry the words [from, to) name exactly, if it is of this type. */
    private Optional<GazetteerEntry> known(int from, int to, EntityType type) {
        return known(from, to).filter(e -> e.type() == type);
    }

    private boolean unknown(int from, int to) {
        return known(from, to).isEmpty();
    }

    private void resolveUnknown(int from, int to, EntityType titleHint) {
        while (from < to && isStopword(from) && !givenNameInStopList(from, to) && !allOfACountry(from, to)) {
            from++;
        }
        if (from == to) {
            return;
        }
        if (occupationBeforeAPerson(from, to)) {
            from++; // "Hydrologist Megan Tremblay said …", "Defenseman Aleksei Orlov missed …": the opener is what the person does
        }
        if (to - from == 1 && rules.isContextWord(ContextWord.CURRENCY, folded(from)) && AMOUNT_AFTER.matcher(text)
                .region(tokens.get(from).end(), Math.min(text.length(), tokens.get(from).end() + 3)).lookingAt()) {
            return; // "Tk 95 crore", "GH¢ 490", "RM 2 billion": a currency before its amount
        }
        EntityType hint = typeHint(from, to, titleHint);
        boolean resultSide = hint == null && sideOfAResult(from, to);
        if (resultSide || hint == null && beforeTeamRole(to)) {
            // "Derby 1 Leeds 1", "Manchester United 2 Wimbledon 0", "Kasımpaşa Teknik Direktörü …": a team, whatever the word
            hint = EntityType.ORGANIZATION;
        }
        if (hint == null && quotedWhole(from, to)) {
            hint = EntityType.MISC; // "yönetmenin "Sessiz Tepe" adlı filmi", the film "Silent Hill Road": a work's title
        }
        Optional<GazetteerEntry> linked = link(from, to, hint);
        if (linked.isPresent()) {
            add(from, to, hint, linked.get());
            return;
        }
        boolean inflected = inflectedOpener(tokens.get(from));
        if ((hint == null && to - from > 2 || inflected && to - from >= 2) && !hasEvidence(tokens.get(from), null)) {
            from++; // "Görüşmeye Türk Hava Yolları", "Ekipler Dereköy'de": an opener glued to a name
            hint = inflected ? typeHint(from, to, titleHint) : hint;
        } else if (to - from >= 2 && commonWords.isEmpty() && tokens.get(from).sentenceInitial()
                && !hasEvidence(tokens.get(from), null) && rules.isGivenName(tokens.get(from + 1))
                && (inflectedOpener(tokens.get(from)) || isParticiple(tokens.get(from)))) {
            // "Tutuklanan Serkan A.", "Saldırgan Recep Ç.": the opener is no part of the person's name. Only where
            // no word list tells openers from names: English "Con Edison" or "De Miranda" are whole names.
            from++;
            hint = typeHint(from, to, titleHint);
        }
        Token first = tokens.get(from);
        boolean acronym = isAcronym(first.stem());
        boolean designator = isDesignator(first.stem());
        boolean speaker = false;
        if (to - from == 1 && !acronym && !designator) {
            String folded = Folding.fold(first.stem());
            if (hint == null && turkishSpeaker(from)) {
                hint = EntityType.PERSON; // "Erzurumlu, … söyledi.": a surname that looks like a demonym, too
                speaker = true;
            }
            if (hint == null && slavicSurnameOpening(from)) {
                hint = EntityType.PERSON; // "Beysenova, … kaptanlığını yapıyor.": the subject, named by her surname
                speaker = true;
            }
            if (isDemonym(folded) && !speaker && !englishSpeakerShapedLikeADemonym(from, to)) {
                return;
            }
            boolean apposition = appositionAfter(first.end()).isPresent(); // "Kestrel, the Leeds payments start-up, …"
            boolean ownRole = openerBeforeItsOwnRole(from, to);
            if (hint == null && ownRole) {
                hint = EntityType.ORGANIZATION; // "Apex chief executive Dana Whitlock"
            }

            if (!hasEvidence(first, hint) && !apposition) {
                return; // a capitalised sentence opener: "Kritik görüşmede …"
            }
            if (first.sentenceInitial() && !first.hasSuffix() && !speaker && (rules.isHead(first)
                    || !inflections.isEmpty() && rules.isBareTurkishHead(first) && !beforeAdministrativeUnit(to))) {
                // "Mahkeme heyeti, …", "Belediye ekipleri", "University officials said": a type word alone, opening the
                // sentence; but "Köşk ilçesine …" names the district
                return;
            }
            if (rules.isHead(first) && !first.hasSuffix() && to < tokens.size() && tokens.get(to).joinedToPrevious()
                    && tokens.get(to).text().length() == 1 && Character.isUpperCase(tokens.get(to).text().charAt(0))) {
                return; // "Group C", "Pool B": a type word and a letter name a stage of a tournament
            }
            if (first.sentenceInitial() && !first.hasSuffix() && commonWords.contains(folded) && hint != EntityType.PERSON && !resultSide
                    && !rules.isGivenName(first) && !surnamesInText.contains(folded) && !apposition && !ownRole) {
                return; // "Police spokesman …": an everyday word opening the sentence is no name for a follower's sake
            }
        }
        if (inCapitalsParagraph[from] && !designator && titleHint == null) {
            surnamesInCapitals(from, to);
        }
        if (inTitleCaseParagraph[from] && (!acronym || inCapitalsParagraph[from]) && !designator && hint == null) {
            return; // every word is capitalised there: only known names and cued names count
        }
        if (inCapitalsParagraph[from] && !designator && titleHint == null) {
            return; // in capitals no word shows where a name ends: "MOTOR RACING", "BOKSIC GOAL GIVES JUVENTUS WIN"
        }
        if (hint == null && to - from == 1) {
            hint = followedByAge(to) ? EntityType.PERSON // "M.K. (27)": initials with an age are a person
                    : acronym && !(first.sentenceInitial() && first.stem().length() >= 4 && commonWords.contains(folded(from)))
                            ? EntityType.ORGANIZATION // "his ONCE team mate"; but "NOTE - Figures are …" opens a line as a label
                    : designator ? EntityType.MISC : null;
        }
        boolean contextHint = speaker;
        if (hint == null) {
            hint = weakTypeHint(from, to);
            if (hint == EntityType.PERSON && camelCase(from, to)) {
                hint = null; // "said ChatGPT was down": a product, whatever the verb before it
            }
            contextHint = hint != null;
        }
        Optional<GazetteerEntry> town = hint == EntityType.LOCATION && contextHint ? gazetteer.placeInContext(key(from, to)) : Optional.empty();
        if (town.isPresent()) {
            add(from, to, EntityType.LOCATION, town.get()); // "flights to Darwin", "in Bath": the town, its context says
            return;
        }
        add(from, to, hint, null, contextHint);
    }

    /**
     * "Şimşek, konuşmasında … vurguladı.", "… hitap eden Özel, erken seçim çağrısını yineledi.": in Turkish news a
     * lone unknown word before a comma (or opening the sentence before "da": "Kutlu da … diye konuştu"), in a
     * sentence that a verb of speech ends, is the speaker, most often a
     * person named by the surname. Not a title or office ("Bakan, …"), a head ("Kurul, …"), a stop word, an inflected common word
     * ("Yetkililer, …") or a listed demonym ("Rus, …"; "Erzurumlu" may be a surname).
     */
    private boolean turkishSpeaker(int index) {
        Token token = tokens.get(index);
        if (inflections.isEmpty() || token.hasSuffix() || index + 1 >= tokens.size() || !(text.startsWith(",", token.end())
                        || token.sentenceInitial() && ALSO.contains(tokens.get(index + 1).text()) && tokens.get(index + 1).joinedToPrevious())
                || isStopword(index) || inflectedOpener(token) || rules.namesNothing(token) || titleLength(index) > 0
                || turkishSubjectNoun(token)
                || rules.isOfficeWord(token) || rules.isHead(token) || afterOpeningQuote(token)) {
            return false; // "… dedi": but ""Seçmen, … araladı" dedi" quotes someone, whose subject is no speaker
        }
        return sentenceEndsInSpeech(index);
    }

    /**
     * An unknown word opening a Turkish sentence before a comma, with the ending of a Slavic, Caucasian or Central Asian
     * surname ("Beysenova, …", "Temirhanov, …", "-shvili", "-dze"): the sentence's subject, a person. Only there: as a
     * word's ending anywhere, these end places and Turkish words too (measured: −0.15 summed over the sets).
     */
    private boolean slavicSurnameOpening(int index) {
        Token token = tokens.get(index);
        String folded = Folding.fold(token.stem());
        return !inflections.isEmpty() && token.sentenceInitial() && !token.hasSuffix() && text.startsWith(",", token.end())
                && folded.length() >= 6 && SLAVIC_SURNAME_ENDING.matcher(folded).find() && !isStopword(index) && !rules.isHead(token)
                && unknown(index, index + 1);
    }

    /**
     * "… ,” Mureșan said.": a word that only a demonym suffix on a place makes a demonym (Mureș + -an), not a listed
     * demonym, right before a verb of speech with no article before it, is a surname; "the Russian said" has one.
     */
    private boolean englishSpeakerShapedLikeADemonym(int from, int to) {
        Token token = tokens.get(from);
        return !commonWords.isEmpty() && !token.hasSuffix() && !rules.namesNothing(token)
                && !commonWords.contains(folded(from))
                && !(from > 0 && token.joinedToPrevious() && rules.isDeterminer(tokens.get(from - 1)))
                && to < tokens.size() && tokens.get(to).joinedToPrevious()
                && rules.predicateType(tokens.get(to)).orElse(null) == EntityType.PERSON;
    }

    private boolean afterOpeningQuote(Token token) {
        int before = token.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && TITLE_OPENING_QUOTES.indexOf(text.charAt(before)) >= 0;
    }

    /**
     * Where the quotation that opens between {@code from} and {@code to} closes (the offset of its closing mark), or -1
     * when none opens there or none closes it within the paragraph.
     */
    private int closingQuoteAfter(int from, int to) {
        int open = -1;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '"' || text.charAt(k) == '“') {
                open = k;
            }
        }
        if (open < 0) {
            return -1;
        }
        for (int k = open + 1; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (text.charAt(k) == '"' || text.charAt(k) == '”') {
                return k;
            }
        }
        return -1;
    }

    /** Whether the sentence holding token {@code index} ends with a Turkish verb of speech after that token. */
    boolean sentenceEndsInSpeech(int index) {
        int last = index + 1;
        if (last >= tokens.size()) {
            return false;
        }
        // the word after the comma may open a quotation ("Tokat, "Çocukların …" dedi."): its sentence is the one that ends,
        // after the quotation's own sentences ("Kocabaş, "Gübre pahalı; fiyat düşük" dedi.")
        int quoteEnd = closingQuoteAfter(tokens.get(index).end(), tokens.get(index + 1).start());
        while (last + 1 < tokens.size() && (!tokens.get(last + 1).sentenceInitial() || tokens.get(last + 1).start() < quoteEnd)) {
            last++;
        }
        return rules.endsWithSpeechVerb(tokens, this::folded, last, index + 1);
    }

    /** What the context says of an unknown name when nothing stronger did: "in X", "X'teki", "X said". */
    private EntityType weakTypeHint(int from, int to) {
        if (followedByAge(to)) {
            return EntityType.PERSON; // "Parata, 75,", "Mehmet Karakaya (54)"
        }
        Token previous = from > 0 && tokens.get(from).joinedToPrevious() ? tokens.get(from - 1) : null;
        Token beforePrevious = previous != null && from > 1 && previous.joinedToPrevious() ? tokens.get(from - 2) : null;
        Token next = to < tokens.size() && tokens.get(to).joinedToPrevious() && !tokens.get(to - 1).hasSuffix()
                ? tokens.get(to) : null;
        // "Dana Whitfield said" is a person; a lone word that "said" may as well be a company ("Eskom said"): its shape decides.
        // "the energy regulator Ofgem", "Ride-hailing firm Grab", "lawyer Kamau": the noun right before the name
        return rules.precederType(beforePrevious, previous).or(() -> rules.precederType(previous))
                .or(() -> rules.appositionType(previous))
                .or(() -> rules.suffixType(tokens.get(to - 1)))
                .or(() -> to - from > 1 ? rules.predicateType(next) : Optional.empty())
                .or(() -> placeAfterTo(from, to, previous, beforePrevious) ? Optional.of(EntityType.LOCATION) : Optional.empty())
                .orElse(null);
    }

    /**
     * "piped north to Kettawin", "the road from Bathsheba to Skeete's Bay": one unknown word right after "to" is most
     * often a place (more than eight in ten in the English sets; "from" is a preceder of places in cues.tsv), though
     * surname lists have it; not after a player's pass, a letter or "according to", nor a given name, an everyday or
     * a camel-case word ("moved to OpenOffice"). English.
     */
    private boolean placeAfterTo(int from, int to, Token previous, Token beforePrevious) {
        if (commonWords.isEmpty() || to - from != 1 || previous == null || !previous.text().equals("to")
                || rules.isGivenName(tokens.get(from)) && gazetteer.placeInContext(key(from, to)).isEmpty() // "to Hobart": a town's too
                || commonWords.contains(folded(from)) || camelCase(from, to) || tokens.get(from).hasSuffix()) {
            return false; // "given over to Moore's drawings": an owner
        }
        return beforePrevious == null || !NOT_A_PLACE_BEFORE_TO.contains(Folding.fold(beforePrevious.text()));
    }

    /**
     * A dollar sign right after a word, before an amount: "HK$260,000"; a tokenised text ("HK $ 4 million") puts a space
     * between, which only a country's letters take.
     */
    private boolean dollarSignAfter(int index) {
        Token token = tokens.get(index);
        int at = token.end();
        if (at + 1 < text.length() && text.charAt(at) == ' ' && token.text().length() <= 3 && Casing.isAllUpper(token.text(), 1)) {
            at++;
        }
        return at + 1 < text.length() && text.charAt(at) == '$'
                && AMOUNT_AFTER.matcher(text).region(at + 1, Math.min(text.length(), at + 4)).lookingAt();
    }

    /**
     * "Sadık Emir Kabaca": a one-word title that is a given name too, between a given name and a capitalised word, is
     * the person's second given name, not a title before another name.
     */
    private boolean givenNameShapedTitle(int index) {
        return titleLength(index) == 1 && index + 1 < tokens.size() && rules.isGivenName(tokens.get(index - 1))
                && !tokens.get(index - 1).hasSuffix() && rules.isGivenName(tokens.get(index))
                && !tokens.get(index).hasSuffix() && tokens.get(index + 1).joinedToPrevious()
                && isNameLike(tokens.get(index + 1)) && titleLength(index + 1) == 0;
    }

    /** ", a 29-year-old" right at {@code offset}, after a name. */
    private boolean ageInApposition(int offset) {
        return text.startsWith(", a", offset) && AGE_APPOSITION.matcher(text).region(offset, text.length()).lookingAt();
    }

    /** An age right after a name: ", 75," or " (54)". */
    private boolean followedByAge(int to) {
        int at = tokens.get(to - 1).end();
        if (at < text.length() && text.charAt(at) == '.') {
            at++; // "M.K. (27)", "Ahmet Y. (34)"
        }
        return at < text.length() && AGE_AFTER_NAME.matcher(text).region(at, Math.min(text.length(), at + 8)).lookingAt();
    }

    /** Whether a capitalised word is a name even if it opens a sentence. */
    private boolean hasEvidence(Token token, EntityType hint) {
        if (inflectedOpener(token)) {
            return surnameOpening(token); // "Çiller, …" ends like a plural, but is a known person's surname
        }
        return token.hasSuffix() || hint != null || !token.sentenceInitial() && !nounsCapitalised || isAcronym(token.stem())
                || rules.isGivenName(token) || gazetteer.exact(Folding.key(token.stem()), null, false)
                        .filter(e -> writtenAsKnown(e, Folding.key(token.stem()), token.end()) && spelledAlike(e, token.stem())).isPresent()
                || isDesignator(token.stem()) || capitalisedMidSentence.contains(Folding.key(token.stem()))
                || isUncommonWord(token) || surnameOpening(token);
    }

    /**
     * "Jan Kalff", "May Ling Tan": a stop-listed word (a month's abbreviation) that is a given name too, before another
     * name, opens a person's name.
     */
    private boolean givenNameInStopList(int from, int to) {
        // English only: Turkish stop-lists role nouns that are given names elsewhere ("Anne Sevda Ceylan": the mother)
        return to - from >= 2 && !commonWords.isEmpty() && rules.isGivenName(tokens.get(from)) && isNameLike(tokens.get(from + 1))
                && !isStopword(from + 1)
                && tokens.get(from + 1).joinedToPrevious();
    }

    private boolean knownSurname(Token token) {
        return knownSurnames.contains(Folding.key(token.stem()));
    }

    /**
     * "Çiller, …", "Demirel de …", "Çiller: …": a known person's surname alone opening a sentence, before a comma,
     * a colon or the particle "de"/"da"; never an everyday word where the language has a list ("May, …"). Turkish
     * has none: "Pamuk, tarlada …" (cotton) is taken for Orhan Pamuk; leaving out the surnames that are Turkish
     * words cost more persons on the held-out sets than it saved.
     */
    private boolean surnameOpening(Token token) {
        if (!token.sentenceInitial() || token.hasSuffix() || commonWords.contains(Folding.fold(token.stem()))
                || !knownSurname(token) || turkishSubjectNoun(token)) {
            return false;
        }
        int end = token.end();
        return text.startsWith(",", end) || text.startsWith(":", end)
                || !inflections.isEmpty() && (text.startsWith(" de ", end) || text.startsWith(" da ", end));
    }

    /** "Polis, …", "Sinema, …": a Turkish common noun opening a sentence as its subject (context-word kind subject-noun). */
    private boolean turkishSubjectNoun(Token token) {
        return !inflections.isEmpty() && rules.isContextWord(ContextWord.SUBJECT_NOUN, Folding.fold(token.stem()));
    }

    /**
     * A generated fill-in entry matches a word with Turkish ç or ş only if one of its names has them too: folding
     * writes ç as "ch" and ş as "sh", so Turkish "Maç" (match) would otherwise be Pakistan's Mach. Curated entries
     * link across spellings as they should ("Lukaşenko", "Lukashenko").
     */
    private boolean spelledAlike(GazetteerEntry entry, String surface) {
        if (!hasTurkishDigraphLetter(surface) || !gazetteer.isFillIn(entry)) {
            return true;
        }
        if (hasTurkishDigraphLetter(entry.name())) {
            return true;
        }
        for (String alias : entry.aliases()) {
            if (hasTurkishDigraphLetter(alias)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lone Turkish word opening a sentence, without an apostrophe: it may be a common word in any case ("Haftanın
     * diğer maçında", "Aracı kurum"), so it links only to a name spelt so, never by folding or fuzzily.
     */
    private boolean turkishOpener(int from, int to) {
        Token token = tokens.get(from);
        return !inflections.isEmpty() && to - from == 1 && token.sentenceInitial() && !token.hasSuffix();
    }

    /**
     * "Sabah saatlerinde …", "Jandarma ekipleri …", "Kent merkezinde …": a Turkish common noun opening the sentence is
     * the morning, the gendarmerie or the town, not the newspaper, body or county of that name, which the text names
     * with a suffix or a longer name.
     */
    private boolean commonNounForABody(GazetteerEntry entry, int index) {
        if (!turkishSubjectNoun(tokens.get(index))) {
            return false;
        }
        // a place only before a lower-case word ("Kent merkezinde …"), not before a comma or a name ("Ordu, Trabzon ve …")
        return entry.type() != EntityType.LOCATION || index + 1 < tokens.size() && tokens.get(index + 1).joinedToPrevious()
                && Character.isLowerCase(tokens.get(index + 1).text().codePointAt(0));
    }

    /** Whether a word with Turkish letters (ı, ğ, ş, ç, ö, ü) is written as one of the entry's names, cases aside. */
    private static boolean writtenAsOneOfItsNames(GazetteerEntry entry, String surface) {
        if (!containsAnyOf(surface, TURKISH_LETTERS)) {
            return true;
        }
        String lower = Casing.lower(surface);
        return entry.names().stream().anyMatch(name -> Casing.lower(name).equals(lower));
    }

    private static boolean hasTurkishDigraphLetter(String s) {
        return containsAnyOf(s, TURKISH_DIGRAPH_LETTERS);
    }

    private static boolean containsAnyOf(String s, String letters) {
        return s.chars().anyMatch(c -> letters.indexOf(c) >= 0);
    }

    /**
     * An alias that is an abbreviation with its period ("Kan.", "Ky.") matches only where the text writes the
     * period: "Wichita, Kan." is Kansas, the given name Kan or Turkish "Kan" (blood) is not.
     */
    private boolean writtenAsKnown(GazetteerEntry entry, String key, int end) {
        return !gazetteer.isAbbreviation(entry, key) || end < text.length() && text.charAt(end) == '.';
    }

    /** "Şüpheliler", "Duruşmayı": a sentence opener with a common word's inflection, unknown and no given name. */
    private boolean inflectedOpener(Token token) {
        if (inflections.isEmpty() || !token.sentenceInitial() || token.hasSuffix() || rules.isGivenName(token)) {
            return false;
        }
        String folded = Folding.fold(token.stem());
        for (String ending : inflections) {
            if (folded.length() >= ending.length() + 3 && folded.endsWith(ending)) {
                return gazetteer.exact(Folding.key(token.stem()), null, false).isEmpty();
            }
        }
        return false;
    }

    /** "Tutuklanan", "Saldırgan": a long word ending like a Turkish participle or adjective (-an, -en). */
    private boolean isParticiple(Token token) {
        String folded = Folding.fold(token.stem());
        return !token.hasSuffix() && folded.length() >= 7 && (folded.endsWith("an") || folded.endsWith("en"));
    }

    /** A Turkish locative or ablative after the apostrophe: "Ankara'da", "Minsk'ten" (not "Aksu'nun", "Putin's"). */
    boolean hasPlaceSuffix(Token token) {
        if (!token.hasSuffix() || token.end() - token.stemEnd() < 3) {
            return false;
        }
        char consonant = Character.toLowerCase(text.charAt(token.stemEnd() + 1));
        char vowel = Character.toLowerCase(text.charAt(token.stemEnd() + 2));
        return (consonant == 'd' || consonant == 't') && (vowel == 'a' || vowel == 'e');
    }

    /** A word the language's word list lacks: a capitalised sentence opener such as "Skykomish" is a name. */
    private boolean isUncommonWord(Token token) {
        if (commonWords.isEmpty()) {
            return false;
        }
        String stem = token.stem();
        if (Casing.letters(stem) < 3 || Casing.letters(stem) != stem.length()) {
            return false;
        }
        String folded = Folding.fold(stem);
        // "Floodwaters", "Shareholders": the word list holds the singular of most plurals
        boolean plural = folded.length() > 4 && folded.endsWith("s") && commonWords.contains(folded.substring(0, folded.length() - 1));
        return !commonWords.contains(folded) && !stopwords.contains(folded) && !plural;
    }

    private Optional<GazetteerEntry> link(int from, int to, EntityType hint) {
        String key = key(from, to);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String surface = surface(from, to);
        boolean turkishOpener = turkishOpener(from, to);
        Optional<GazetteerEntry> exact = gazetteer.exact(key, hint, allCapitals(from, to))
                .filter(e -> writtenAsKnown(e, key, tokens.get(to - 1).end()) && spelledAlike(e, surface)
                        && (!turkishOpener || writtenAsOneOfItsNames(e, surface) && !commonNounForABody(e, from)))
                .or(() -> firmNamedWithS(from, to));
        if (exact.isEmpty() && hint == EntityType.ORGANIZATION) {
            // "Premier League", "Champions League": a head says organisation, but the name is a known competition's
            exact = gazetteer.exact(key, EntityType.MISC, allCapitals(from, to));
        }
        if (exact.isPresent()) {
            return exact;
        }
        if (to - from == 1 && (rules.isGivenName(tokens.get(from)) || commonWords.contains(folded(from))) || turkishOpener) {
            // "George" is no misspelt "Georgia", nor "Maurice" "Mauritius", nor "Hungry" Hungary; "Sanığın …" (the
            // defendant's) no Sangin
            return Optional.empty();
        }
        return gazetteer.fuzzy(key, hint).map(Gazetteer.Match::entry);
    }

    private EntityType typeHint(int from, int to, EntityType titleHint) {
        if (titleHint != null) {
            return titleHint;
        }
        if (isTeamName(from, to)) {
            return EntityType.ORGANIZATION; // before the heads: "Coventry City" is no city
        }
        if (to - from == 1 && !commonWords.isEmpty() && REGIONS_BY_COMPASS.contains(folded(from)) && from > 0
                && tokens.get(from).joinedToPrevious() && tokens.get(from - 1).text().equals("the") && !tokens.get(from).sentenceInitial()
                && !(to < tokens.size() && tokens.get(to).joinedToPrevious() && Casing.isCapitalised(tokens.get(to).text()))) {
            return EntityType.LOCATION; // "the heaviest activity in the South and parts of the West": a country's region
        }
        Optional<EntityType> head = to - from > 1 ? headOfName(from, to)
                : tokens.get(from).stem().indexOf('-') > 0 ? rules.leaderType(tokens.get(from)) // "Saint-Flour"
                : !tokens.get(from).sentenceInitial() && LONE_INSTITUTIONS.contains(folded(from))
                        ? Optional.of(EntityType.ORGANIZATION) // "the Navy", "Parliament": the country's own, named so
                : Optional.empty();
        if (head.isPresent()) {
            return head.get();
        }
        // a comma ends what a follower can type: "Demirel, partisinin …" is no party; in a headline the next word
        // is capitalised like any ("… Fund Manager With Fraud")
        if (to < tokens.size() && !tokens.get(to).sentenceInitial() && !tokens.get(to - 1).hasSuffix() && !inHeadline[to]
                && tokens.get(to).start() - tokens.get(to - 1).end() <= 3
                && text.indexOf(',', tokens.get(to - 1).end()) != tokens.get(to - 1).end()) {
            Optional<EntityType> follower = rules.followerType(tokens.get(to));
            if (follower.isPresent()) {
                return follower.get();
            }
            if (facilityAfter(from, to) || betweenPlaces(from, to)) {
                return EntityType.LOCATION;
            }
            // "Atakum ve İlkadım ilçelerinde": the follower after the second of two names types both
            if (to + 2 < tokens.size() && rules.isConjunction(tokens.get(to)) && isNameLike(tokens.get(to + 1))
                    && !tokens.get(to + 1).hasSuffix() && tokens.get(to + 2).joinedToPrevious()) {
                Optional<EntityType> shared = rules.followerType(tokens.get(to + 2));
                if (shared.isPresent()) {
                    return shared.get();
                }
            }
        }
        Optional<EntityType> ending = rules.endingType(tokens.get(to - 1));
        if (ending.isPresent()) {
            return ending.get(); // "Samsunspor", "Halkbank"
        }
        if (to - from == 2 && syllableGivenName(from)) {
            return EntityType.PERSON; // "Tsang Wai-man", "Lee Jae-myung": a family name, then a two-syllable given name
        }
        if (to - from > 1 && rules.isGivenName(tokens.get(from)) && isRegnalNumber(tokens.get(from + 1).stem())) {
            return EntityType.PERSON; // "Elizabeth II", "David I of Scotland"
        }
        if (to - from > 2 && (isInitial(from) || isInitial(from + 1)) && allPlainCapitalised(to - 1, to)) {
            return EntityType.PERSON; // "J. K. Rowling", "Usher L. Burdick"
        }
        if (scorerInResult(from, to) || playerBeforeCountry(from, to) || onScorecard(from, to)) {
            return EntityType.PERSON; // "Oldham 1 (Barlow 55)", "Steffi Graf (Germany) beat …", "Anwar c Germon b Doull 44"
        }
        if (to - from > 1 && rules.isGivenName(tokens.get(from)) && plainCapitalisedWithParticles(from, to)
                && gazetteer.exact(key(from, to), null, false).isEmpty() && !knownOrganisation(from) && !headlineWords(from, to)
                && !articleHeaded(from, to) && !(!commonWords.isEmpty() && COMPASS_POINTS.contains(folded(to - 1)))) {
            // "Tim Cook", "Osama bin Laden"; but "Han Yunus" is a known place, "Kenya Raises Fuel Prices" a headline, and
            // an English compass point ends no person's name ("Orlando East"; Turkish "Kuzey" is a given name too)
            return EntityType.PERSON;
        }
        return null;
    }

    /**
     * "All India Football Federation", "All Nigeria Peoples Party": "All" before a country's name opens a body's name
     * (a head word ends it), not a sentence's "All".
     */
    private boolean allOfACountry(int from, int to) {
        return to - from >= 3 && !commonWords.isEmpty() && tokens.get(from).text().equals("All")
                && rules.headType(tokens.get(to - 1)).orElse(null) == EntityType.ORGANIZATION
                && gazetteer.exact(Folding.key(tokens.get(from + 1).stem()), EntityType.LOCATION, false)
                        .filter(e -> GazetteerLoader.isCountryId(e.id())).isPresent();
    }

    /**
     * A short family name before a given name of two syllables joined by a hyphen, the second in lower case, as
     * Cantonese and Korean names are romanised ("Ho Kam-fai", "Kim Jong-un"); places and firms are written otherwise.
     */
    private boolean syllableGivenName(int from) {
        String family = tokens.get(from).stem();
        return Casing.isCapitalised(family) && family.length() <= 6 && Casing.letters(family) == family.length()
                && !tokens.get(from).hasSuffix() && SYLLABLE_GIVEN_NAME.matcher(tokens.get(from + 1).stem()).matches();
    }

    /**
     * The type the head word of a name gives it: its last word ("Interfax News Agency"), or a first word
     * followed by a connector ("University of Southern California", "Bank of England").
     */
    private Optional<EntityType> headOfName(int from, int to) {
        if (to - from >= 2 && rules.isContextWord(ContextWord.ROAD, folded(to - 2))
                && ROAD_NUMBER.matcher(tokens.get(to - 1).text()).matches()) {
            return Optional.of(EntityType.LOCATION); // "Highway 401"
        }
        Optional<EntityType> last = rules.headType(tokens.get(to - 1));
        if (last.isPresent() && last.get() == EntityType.LOCATION && to - from >= 2 && folded(to - 1).equals("district")
                && rules.headType(tokens.get(to - 2)).orElse(null) == EntityType.ORGANIZATION) {
            return Optional.of(EntityType.ORGANIZATION); // "Madison Local School District": a body that runs the district's schools
        }
        if (last.isPresent() && to - from >= 2 && (folded(to - 1).equals("centre") || folded(to - 1).equals("center")
                || folded(to - 1).equals("merkezi")) && rules.isContextWord(ContextWord.VENUE_CENTRE_USE, folded(to - 2))) {
            return Optional.of(EntityType.LOCATION);
        }
        if (last.isPresent() && last.get() == EntityType.LOCATION && bodyBeforeOf(from, to)) {
            // "Assembly of the Republic", "University of the Highlands and Islands": the body heads, not the place
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (last.isPresent()) {
            return last;
        }
        if (to - from < 3) {
            return rules.leaderType(tokens.get(from));
        }
        if (!commonWords.isEmpty() && to - from >= 3 && folded(from).equals("city") && folded(from + 1).equals("of")) {
            return Optional.of(EntityType.ORGANIZATION); // "the City of Cape Town said": the council, named so (a known place keeps its entry)
        }
        // The word before the first connector: "University of …", "New Zealand Department of Conservation".
        for (int k = from; k + 2 < to; k++) {
            if (rules.isConnector(tokens.get(k + 1))) {
                Optional<EntityType> head = rules.headType(tokens.get(k));
                if (head.isPresent()) {
                    return head;
                }
                break;
            }
        }
        // "Lake Vostok", "Mount Kenya", "Instituto Nacional de Estatística", "El Ministerio de Sanidad"
        Optional<EntityType> leader = rules.leaderType(tokens.get(from));
        return leader.isPresent() || !isStopword(from) ? leader : rules.leaderType(tokens.get(from + 1));
    }

    /** The word before the name's first "of" is an organisation's head word ("Assembly of …", "Bank of …"). */
    private boolean bodyBeforeOf(int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (rules.isConnector(tokens.get(k + 1))) {
                return folded(k + 1).equals("of") && rules.headType(tokens.get(k)).orElse(null) == EntityType.ORGANIZATION;
            }
        }
        return false;
    }

    private void add(int from, int to, EntityType hint, GazetteerEntry entry) {
        add(from, to, hint, entry, false);
    }

    private void add(int from, int to, EntityType hint, GazetteerEntry entry, boolean contextHint) {
        if (entry != null && ownedByAnotherPlace(from, to, entry)) {
            hint = hint != null ? hint : entry.type(); // "Brazil's Supreme Court" is no "Supreme Court" of the US
            entry = null;
        }
        if (entry != null && entry.type() == EntityType.LOCATION && to - from == 1 && !tokens.get(from).hasSuffix()
                && (followedByAge(to) || ageInApposition(tokens.get(from).end()))) {
            hint = EntityType.PERSON; // "Hamilton, 23, finished …", "Osaka, 21,": a place has no age, a person of its name has
            entry = null;
        }
        EntityType type = entry != null ? entry.type() : hint;
        if (to - from > 1 && tokens.get(from).text().equals("The") && type == EntityType.ORGANIZATION) {
            from++; // "The Guardian", "The Times of India": the article is no part of the mention (CoNLL, OntoNotes)
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String name = WHITESPACE_RUN.matcher(text.substring(first.start(), last.stemEnd())).replaceAll(" ");
        int end = last.end();
        boolean abbreviation = last.text().length() >= 3 && last.text().charAt(1) == '.'
                || to - from > 1 && (rules.abbreviations().contains(folded(to - 1)) || isInitial(to - 1));
        abbreviation |= entry != null && gazetteer.isAbbreviation(entry, key(from, to)); // "Wichita, Kan."
        if (!last.hasSuffix() && abbreviation && end < text.length() && text.charAt(end) == '.') {
            end++; // "U.S.", "King Jr.": the period of an abbreviation belongs to it
            name = name + ".";
        }
        mentions.add(new FoundMention(first.start(), end, text.substring(first.start(), end),
                key(from, to), name, to - from, Folding.key(last.stem()), hint, entry,
                entry == null ? shapeType(from, to) : null, contextHint));
    }

    /**
     * "Brazil's Supreme Court", "India's Congress", "Nigeria's Senate": a name made only of everyday words and
     * heads, which the gazetteer has as one country's institution, is another one's when a different place owns
     * it, unless the place and the name together are one of the entry's names too. English.
     */
    private boolean ownedByAnotherPlace(int from, int to, GazetteerEntry entry) {
        if (from == 0 || commonWords.isEmpty() || !tokens.get(from).joinedToPrevious()) {
            return false;
        }
        Token owner = tokens.get(from - 1);
        if (!owner.hasSuffix() || !owner.suffix().equals("s")
                || gazetteer.exact(Folding.key(owner.stem()), EntityType.LOCATION, false).isEmpty()) {
            return false;
        }
        if (!everydayWordsAndHeads(from, to)) {
            return false; // "Russia's Gazprom", "France's Total"
        }
        String owned = Folding.key(owner.stem() + " " + surface(from, to));
        return gazetteer.exact(owned, entry.type(), false).filter(e -> e.id().equals(entry.id())).isEmpty();
    }

    /**
     * What the shape of an unknown name says of its type when no cue did. Two or three plain capitalised
     * words are most often a person's name; where the language has a word list, not when they are everyday
     * words with neither a given name first nor a surname last ("Business Insider", "Old Trafford"). Where
     * the language has a word list, one word is a person's when it is a given name or a surname ("Fiona",
     * "Zimmerman"); any other lone word says nothing by its shape: "Verizon" is a firm, "JavaScript" or
     * "PlayStation" a product. (Typing such words ORGANIZATION scored lower on every development set once the
     * context rules, appositions, coordination, "shares of", were in.) Null: MISC.
     */
    private EntityType shapeType(int from, int to) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        if (camelCase(from, to)) {
            return null; // "ChatGPT", "WhatsApp", "DriveBC": products and firms, no persons
        }
        if (to - from >= 2 && to - from <= 3 && ARABIC_ARTICLE_NAME.matcher(last.stem()).matches()
                && allPlainCapitalised(from, to - 1) && !first.sentenceInitial() && headOfName(from, to).isEmpty()) {
            return EntityType.PERSON; // "Halid el-Mansuri", "Khalid al-Nuaimi": a given name and a family name with its article
        }
        if (to - from >= 2 && to - from <= 3 && allPlainCapitalised(from, to)) {
            // Without a word list, shape alone makes a person only where names take their suffixes after an apostrophe
            // (Turkish: organisations there carry head words); "Comisiones Obreras" is none. Not opening a sentence,
            // where Turkish capitalises common nouns ("Soğuk Savaş döneminden …", "Orta Vadeli Program, …").
            boolean person = commonWords.isEmpty() && !inflections.isEmpty() && !turkishCompound(last) && !first.sentenceInitial()
                    || rules.isGivenName(first) || rules.isSurname(last)
                    || !commonWords.isEmpty() && noEverydayWord(from, to);
            return person && !articleHeaded(from, to) ? EntityType.PERSON : null;
        }
        boolean determined = from > 0 && rules.isDeterminer(tokens.get(from - 1)); // "the Bill", "a new Bill"
        if (to - from == 1 && !determined && (first.hasSuffix() || !first.sentenceInitial() || surnameOpening(first)) && !commonWords.contains(folded(from))
                && !isAcronym(first.stem()) && knownSurname(first) && !knownPlaceAfterAPlacePreposition(from)) {
            return EntityType.PERSON; // "Erbakan'ın", "… met Yeltsin": a known person's surname alone, capitalised
        }
        if (to - from == 1 && !inflections.isEmpty() && (first.hasSuffix() || !first.sentenceInitial())
                && !isAcronym(first.stem()) && !first.suffix().matches("n?[dt][ae].*") && Folding.fold(first.stem()).matches("\\p{L}{3,}oglu")) {
            return EntityType.PERSON; // "kazanan Gökçeoğlu, …": Turkish "-oğlu" ("son of") ends surnames; "Cağaloğlu'nda" is where something is
        }
        if (to - from == 1 && !commonWords.isEmpty() && !isAcronym(first.stem()) && !isDesignator(first.stem())) {
            // Without a word list a lone word says nothing: Turkish "Plan" or "Lig" are census surnames too.
            if (!determined && (rules.isGivenName(first) || rules.isSurname(first))
                    && !(first.sentenceInitial() && !first.hasSuffix() && commonWords.contains(folded(from)))) {
                return EntityType.PERSON; // but "Fares are …", "Rice prices …": an everyday word opening the sentence
            }
        }
        return null;
    }

    /**
     * "piped north to Darwin", "flights to Hobart": a known place's name right after a preposition that puts a place
     * there is the place, though a known person has it as a surname (Charles Darwin). English.
     */
    private boolean knownPlaceAfterAPlacePreposition(int index) {
        Token previous = index > 0 && tokens.get(index).joinedToPrevious() ? tokens.get(index - 1) : null;
        boolean preposition = previous != null && (previous.text().equals("to") || rules.precederType(previous).orElse(null) == EntityType.LOCATION);
        String key = Folding.key(tokens.get(index).stem());
        return !commonWords.isEmpty() && preposition && !tokens.get(index).hasSuffix()
                && (gazetteer.exact(key, EntityType.LOCATION, false).isPresent() || gazetteer.placeInContext(key).isPresent());
    }

    /** Whether the word after a name is a Turkish administrative unit's ("ilçesinde", "köyü", "beldesine"). */
    private boolean beforeAdministrativeUnit(int to) {
        if (to >= tokens.size() || !tokens.get(to).joinedToPrevious()) {
            return false;
        }
        String next = folded(to);
        return ADMINISTRATIVE_UNITS.stream().anyMatch(next::startsWith);
    }

    /**
     * "Sümela Manastırı", "Kurban Bayramı", "Deprem Yönetmeliği": the last word carries the possessive of a
     * Turkish noun compound (-sı, -yı, -ları, -lığı, -ğı …), which no surname does. Folded endings.
     */
    private boolean turkishCompound(Token last) {
        String word = Folding.fold(last.stem());
        if (word.length() < 5) {
            return false;
        }
        for (String ending : TURKISH_COMPOUND_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean camelCase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isCamelCase(tokens.get(k).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at the Caja Mágica", "from the Hollis General Store": an English article right before a name that heads its
     * noun phrase says it is no person's, whatever its shape; "the Joe Biden administration" goes on with a noun.
     */
    private boolean articleHeaded(int from, int to) {
        if (commonWords.isEmpty() || from == 0 || !tokens.get(from).joinedToPrevious()
                || !ARTICLES.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean nounAfter = to < tokens.size() && tokens.get(to).joinedToPrevious() && !tokens.get(to - 1).hasSuffix()
                && Character.isLowerCase(tokens.get(to).text().charAt(0)) && !isStopword(to)
                && rules.predicateType(tokens.get(to)).isEmpty();
        return !nounAfter;
    }

    /**
     * "Salacak ile Kuzguncuk arasındaki sahil yolu": a lone unknown word, no given name, on either side of "ile" or
     * "ve" before "arasında" (between) is a place. Turkish; persons between whom something happens have full names.
     */
    private boolean betweenPlaces(int from, int to) {
        if (inflections.isEmpty() || to - from != 1 || rules.isGivenName(tokens.get(from)) || tokens.get(from).hasSuffix()
                || !unknown(from, to) || rules.endingType(tokens.get(from)).isPresent()) {
            return false; // "Sivasspor ile Konyaspor arasındaki maç", "Sabancı Holding ile Mitsubishi arasında"
        }
        int between = to;
        if (to + 1 < tokens.size() && joinsTwo(tokens.get(to))
                && isNameLike(tokens.get(to + 1)) && !rules.isGivenName(tokens.get(to + 1))
                && known(to + 1, to + 2).filter(e -> e.type() != EntityType.LOCATION).isEmpty()
                && rules.endingType(tokens.get(to + 1)).isEmpty()) {
            between = to + 2;
        } else if (from > 1 && joinsTwo(tokens.get(from - 1))
                && (known(from - 2, from - 1).filter(e -> e.type() != EntityType.LOCATION).isPresent()
                    || rules.endingType(tokens.get(from - 2)).isPresent())) {
            return false; // the other side is a club or a firm
        }
        return between < tokens.size() && tokens.get(between).joinedToPrevious() && folded(between).startsWith("arasind");
    }

    /** Turkish "ile" (with) or "ve" (and) between two names. */
    private static boolean joinsTwo(Token token) {
        return token.text().equals("ile") || token.text().equals("ve");
    }

    /** "the Kipevu container terminal": the name, after an article or "its", then a noun and a facility's word. */
    private boolean facilityAfter(int from, int to) {
        if (commonWords.isEmpty() || from == 0 || to + 1 >= tokens.size() || !tokens.get(to + 1).joinedToPrevious()
                || !rules.isContextWord(ContextWord.FACILITY, folded(to + 1))
                || !Character.isLowerCase(tokens.get(to).text().charAt(0))
                || isStopword(to) || rules.predicateType(tokens.get(to)).isPresent()) {
            return false;
        }
        String before = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
        return ARTICLES.contains(before) || before.equals("its") || before.equals("their");
    }

    private boolean noEverydayWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (commonWords.contains(folded(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Three or more words of a Title Case line, one of them after the first an everyday word that is no name:
     * "Kenya Raises Fuel Prices", not "Cristina Fernández de Kirchner". English (a word list).
     */
    private boolean headlineWords(int from, int to) {
        if (!inTitleCaseParagraph[from] || to - from < 3 || commonWords.isEmpty()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token token = tokens.get(k);
            if (commonWords.contains(folded(k)) && !rules.isGivenName(token) && !rules.isSurname(token) && !rules.isParticle(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Barnsley 2 (Hendrie 30, Wilkinson 67)", "326 (J. Crawley 106, A. Stewart 44; Waqar Younis 4-95)": a name with
     * a number after it, in brackets that list such names or follow a score, is a scorer's, a batsman's or a bowler's.
     */
    private boolean scorerInResult(int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        int open = start - 1;
        while (open >= 0 && start - open <= 120 && text.charAt(open) != '(' && text.charAt(open) != ')') {
            open--; // the bracket this name stands in, looked for only nearby
        }
        if (open < 0 || start - open > 120 || text.charAt(open) != '(') {
            return false;
        }
        int close = end;
        while (close < text.length() && close - end <= 120 && text.charAt(close) != ')' && text.charAt(close) != '(') {
            close++;
        }
        if (close >= text.length() || close - end > 120 || text.charAt(close) != ')'
                || !SCORER_AFTER.matcher(text).region(end, close).lookingAt()) {
            return false;
        }
        int items = 0;
        for (String item : text.substring(open + 1, close).split("[,;]")) {
            if (SCORER_ITEM.matcher(item).matches()) {
                items++;
            }
        }
        return items >= 2 || items == 1 && NUMBER_BEFORE_BRACKET.matcher(text.substring(Math.max(0, open - 6), open)).find();
    }

    /**
     * A name on a cricket scorecard: a batsman and how he was out, a fielder or bowler after "c", "st" or "b", on a
     * line that ends with the runs ("Ijaz Ahmed lbw b Cairns 12", "Saeed Anwar c Germon b Doull 44"); or a bowler
     * and his figures ("Cairns 10-2-45-2"). English.
     */
    private boolean onScorecard(int from, int to) {
        if (commonWords.isEmpty()) {
            return false;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        if (BOWLING_FIGURES.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt()) {
            return true;
        }
        boolean batsman = HOW_OUT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt();
        // looked at alone, so "$" is the name's start; "^" can only be the text's (the longest cue is shorter than the window)
        boolean fielder = !batsman && FIELDER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
        if (!batsman && !fielder) {
            return false;
        }
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd - end > 80) {
            return false;
        }
        // the line's end is looked at alone, so "$" is the line's end
        Matcher runs = RUNS_AT_LINE_END.matcher(text.substring(Math.max(end, lineEnd - 12), lineEnd));
        return runs.find();
    }

    /**
     * A sports role and a player's name right after the name: "Kasımpaşa Teknik Direktörü Şota Arveladze". Not an
     * actor's ("Sinema oyuncusu Kıvanç Tatlıtuğ"): "oyuncusu" and "kaptanı" count only after a name that opens no sentence.
     */
    private boolean beforeTeamRole(int to) {
        int role = to < tokens.size() && Folding.fold(tokens.get(to).stem()).equals("teknik") ? to + 1 : to;
        if (role + 1 >= tokens.size() || tokens.get(to - 1).hasSuffix() || !tokens.get(to).joinedToPrevious()
                || !tokens.get(role).joinedToPrevious() || !rules.isTeamRole(tokens.get(role))
                || !tokens.get(role + 1).joinedToPrevious() || !isNameLike(tokens.get(role + 1))) {
            return false;
        }
        String word = Folding.fold(tokens.get(role).stem());
        return role > to || !(word.startsWith("oyuncu") || word.startsWith("kaptan"));
    }

    /**
     * "Wolves coach Gary O'Neil", "Apex chief executive Dana Whitlock", "Unite general secretary Sharon Graham": an
     * everyday word opening the sentence right before a team's or a company's role and a name is the team or the
     * company. Not a type word ("Police spokesman …", "Club captain …"), an office or a word that qualifies the
     * role itself ("Former coach …", "Veteran striker …"). English.
     */
    private boolean openerBeforeItsOwnRole(int from, int to) {
        Token opener = tokens.get(from);
        if (commonWords.isEmpty() || to - from != 1 || to + 1 >= tokens.size() || rules.isHead(opener) || rules.isOfficeWord(opener)
                || rules.isContextWord(ContextWord.ROLE_QUALIFIER, folded(from)) || rules.isContextWord(ContextWord.ROLE_MODIFIER, folded(from))
                || titleLength(from) > 0 || !tokens.get(to).joinedToPrevious() || Casing.isCapitalised(tokens.get(to).text())) {
            return false;
        }
        int name = rules.isTeamRole(tokens.get(to)) || rules.isContextWord(ContextWord.OFFICER, folded(to)) ? to + 1
                : rules.isContextWord(ContextWord.OFFICER, folded(to) + " " + folded(to + 1)) && tokens.get(to + 1).joinedToPrevious() ? to + 2 : -1;
        // a plural ("Wolves", "Hearts"), a word the text capitalises elsewhere too or one before a company officer's
        // title of two words ("chief executive"): a singular everyday word before a one-word role is most often a kind
        // of the role itself ("Backup quarterback …", "Program manager …")
        boolean nameShaped = folded(from).length() > 3 && folded(from).endsWith("s") || name == to + 2
                || capitalisedMidSentence.contains(Folding.key(opener.stem()));
        return nameShaped && name > 0 && name < tokens.size() && tokens.get(name).joinedToPrevious() && isNameLike(tokens.get(name))
                && !commonWords.contains(folded(name));
    }

    /**
     * An English sentence opened by a word for what someone does, then a given name and a surname: an everyday word
     * ("Bartender", "Centre"), a sports role ("Defenseman") or a word shaped like an occupation ("Hydrologist",
     * "Ruckman"), though the word list lacks it. Not a given name or a surname itself ("Chapman", "Grace").
     */
    private boolean occupationBeforeAPerson(int from, int to) {
        Token opener = tokens.get(from);
        if (commonWords.isEmpty() || to - from < 3 || !opener.sentenceInitial() || opener.hasSuffix() || !rules.isGivenName(tokens.get(from + 1))
                || rules.isGivenName(opener) || rules.isSurname(opener) || knownSurname(opener) || !allPlainCapitalised(from, to)
                || known(from, to).isPresent() || rules.leaderType(opener).isPresent() || SAINTS.contains(opener.stem())) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (rules.isHead(tokens.get(k))) {
                return false; // "Northern Sable Energy", "Maple Leaf Foods": a firm's name
            }
        }
        if (opener.stem().length() < 3 || !opener.stem().chars().allMatch(Character::isLetter) || commonWords.contains(folded(to - 1))) {
            return false; // an initial ("E. Ray Lankester"); "Time Will Tell", "Big Stone Gap": no surname at the end
        }
        String word = folded(from);
        return commonWords.contains(word) || rules.isTeamRoleWord(word) || OCCUPATION_ENDING.matcher(word).find();
    }

    /** The words fill a pair of quotation marks on their own: a title of a work, most often. */
    private boolean quotedWhole(int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).stemEnd();
        return start > 0 && end < text.length() && TITLE_OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0
                && TITLE_CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
    }

    /**
     * A name with a goal count after it, in a line of results: another name and count follow ("Derby 1 Leeds 1") or
     * come before it ("… 2 Wimbledon 0"). English.
     */
    private boolean sideOfAResult(int from, int to) {
        if (commonWords.isEmpty()) {
            return false;
        }
        int end = tokens.get(to - 1).end();
        Matcher count = RESULT_COUNT.matcher(text).region(end, Math.min(text.length(), end + 5));
        if (!count.lookingAt()) {
            return false;
        }
        int start = tokens.get(from).start();
        return RESULT_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find()
                || RESULT_NEXT.matcher(text).region(count.end(), Math.min(text.length(), count.end() + 40)).lookingAt();
    }

    /**
     * "Steffi Graf (Germany) beat Jana Novotna (Czech Republic)", "70 Tom Lehman, Jumbo Ozaki (Japan)": two or three
     * words before a country in brackets, no type word and no known name, are a player's name. English.
     */
    private boolean playerBeforeCountry(int from, int to) {
        int open = tokens.get(to - 1).end();
        if (commonWords.isEmpty() || to - from < 2 || to - from > 3 || !text.startsWith(" (", open) || tokens.get(to - 1).hasSuffix()
                || !allPlainCapitalised(from, to) || headOfName(from, to).isPresent() || known(from, to).isPresent()) {
            return false;
        }
        int close = text.indexOf(')', open);
        if (close < 0 || close - open > 40) {
            return false;
        }
        int first = tokenFrom(open + 2);
        int last = tokenFrom(close);
        return last > first && gazetteer.exact(key(first, last), EntityType.LOCATION, false)
                .filter(e -> GazetteerLoader.isCountryId(e.id()) || GazetteerLoader.isRegionId(e.id())).isPresent();
    }

    /** Whether a word after the first of [from, to) is a head ("Tekstil" in "Yıldız Tekstil San."). */
    private boolean headInside(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (rules.isHead(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two to four words from {@code from}, short of {@code to}, are a known name. */
    private boolean knownFrom(int from, int to) {
        for (int k = Math.min(to - 1, from + 4); k >= from + 2; k--) {
            if (known(from, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The first token of [from, to) after the stop words that open it ("The"), or the last token. */
    private int contentFrom(int from, int to) {
        while (from < to - 1 && isStopword(from)) {
            from++;
        }
        return from;
    }

    /** Plain capitalised words with lower-case name particles between them: "Osama bin Laden", "Luis de Miranda", "Omar al-Bashir". */
    private boolean plainCapitalisedWithParticles(int from, int to) {
        for (int k = from; k < to; k++) {
            boolean particle = k > from && k < to - 1 && rules.isParticle(tokens.get(k))
                    || k > from && ARABIC_ARTICLE_NAME.matcher(tokens.get(k).stem()).matches(); // "Omar al-Bashir"
            if (!particle && !allPlainCapitalised(k, k + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The words [from, to) as the text writes them, without the last one's suffix. */
    private String surface(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).stemEnd());
    }

    private String key(int from, int to) {
        return Folding.key(surface(from, to));
    }

    private boolean allCapitals(int from, int to) {
        return Casing.isAllUpper(surface(from, to), 2);
    }

    private boolean allPlainCapitalised(int from, int to) {
        for (int k = from; k < to; k++) {
            String stem = tokens.get(k).stem();
            // a capitalised particle inside is part of the name, though a function word elsewhere ("Lo Celso", "Dal Molin")
            if (!Casing.isCapitalised(stem) || isAcronym(stem) || isDesignator(stem)
                    || isStopword(k) && !(k > from && k < to - 1 && rules.isParticleWord(tokens.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** A function word of the language; not when written in capitals outside a headline: "US" is no "us". */
    private boolean isStopword(int index) {
        return stopwords.contains(folded(index)) && (inCapitalsParagraph[index] || !Casing.isAllUpper(tokens.get(index).stem(), 2));
    }

    String folded(int index) {
        String f = foldedStems[index];
        if (f == null) {
            f = Folding.fold(tokens.get(index).stem());
            foldedStems[index] = f;
        }
        return f;
    }

    private int titleLength(int index) {
        if (titleLengths[index] < 0) {
            int length = rules.titleLength(tokens, this::folded, index);
            // "Martin Luther King Jr.": a title cue followed by "Jr" ends a name instead of opening one
            boolean endsName = length > 0 && index + length < tokens.size() && isGenerationSuffix(index + length);
            // "DR Congo": an abbreviated title ("Dr", "Gen") written in capitals outside a headline in capitals is an
            // acronym; "MP", "TD" or "CEO" are titles written so
            boolean acronym = length == 1 && !inCapitalsParagraph[index] && isAcronym(tokens.get(index).stem())
                    && rules.abbreviations().contains(folded(index));
            // "İsmail Çiftçi (63)": a title word after a given name and before an age is the person's surname
            // "Lauren Bishop, of Norfolk Constabulary", "John Major said", "Ollie Pope yönetti": one that no name follows
            // too; not a Turkish compound's possessive ("Devlet Sanatçısı"), which no surname carries
            boolean surname = length == 1 && index > 0 && tokens.get(index).joinedToPrevious() && rules.isGivenName(tokens.get(index - 1))
                    && Casing.isCapitalised(tokens.get(index).text()) && (followedByAge(index + 1)
                        || !tokens.get(index).text().endsWith(".") && !nameAfter(index + 1) && !turkishCompound(tokens.get(index)));
            titleLengths[index] = endsName || acronym || surname ? 0 : length + officeAfterTitle(index + length);
        }
        return titleLengths[index];
    }

    /**
     * "Minister for Health Jennifer Carroll MacNeill", "Minister of State for Housing …": "for" or "of" and office
     * words after a title, before a name, are the title's. English. The tokens of that part; 0: none.
     */
    private int officeAfterTitle(int at) {
        if (commonWords.isEmpty() || at == 0 || at >= tokens.size() || !MINISTERS.contains(folded(at - 1))) {
            return 0;
        }
        int k = at;
        while (k + 1 < tokens.size() && (folded(k).equals("for") || folded(k).equals("of")) && tokens.get(k).joinedToPrevious()) {
            int words = k + 1;
            while (words < tokens.size() && tokens.get(words).joinedToPrevious() && !tokens.get(words).hasSuffix()
                    && (Casing.isCapitalised(tokens.get(words).text()) && rules.isOfficeWord(tokens.get(words))
                    || words > k + 1 && folded(words).equals("and") && words + 1 < tokens.size() && rules.isOfficeWord(tokens.get(words + 1)))) {
                words++;
            }
            if (words == k + 1 && words + 2 < tokens.size() && Casing.isCapitalised(tokens.get(words).text())
                    && !tokens.get(words).hasSuffix() && !rules.isGivenName(tokens.get(words))
                    && rules.isGivenName(tokens.get(words + 1)) && tokens.get(words + 1).joinedToPrevious() && nameAfter(words + 2)) {
                words++; // "Minister for Industry Grace Mutebi", "Inspector of Mines Abdul Ghani Kakar": the given name begins the person
            }
            if (words == k + 1) {
                break;
            }
            k = words;
        }
        return k > at && nameAfter(k) ? k - at : 0;
    }

    /** A capitalised name-like word right at {@code index}, in the same sentence ({@link #continuesName} without its title check). */
    private boolean nameAfter(int index) {
        return index < tokens.size() && tokens.get(index).joinedToPrevious() && isNameLike(tokens.get(index));
    }

    private boolean isDemonym(String folded) {
        if (rules.isGivenName(folded)) {
            return false; // "Sinan" is no "Sina" + "n": a given name is a person's, whatever place it ends like
        }
        for (String stem : rules.demonymStems(folded)) {
            if (gazetteer.hasAlias(stem, EntityType.LOCATION)) {
                return true;
            }
        }
        return false;
    }

    /** Per token: whether its paragraph is written in Title Case, where capitals say nothing. */
    private void markTitleCaseParagraphs() {
        int paragraphStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean newParagraph = i == tokens.size()
                    || text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
            if (newParagraph) {
                boolean capitals = isInCapitals(paragraphStart, i);
                boolean titleCase = capitals || isTitleCase(paragraphStart, i);
                boolean headline = titleCase && !capitals && isHeadline(paragraphStart, i);
                for (int k = paragraphStart; k < i; k++) {
                    inTitleCaseParagraph[k] = titleCase;
                    inCapitalsParagraph[k] = capitals;
                    inHeadline[k] = headline;
                }
                paragraphStart = i;
            }
        }
    }

    /** Three or more words of three letters or more, nearly all of them in capitals, whatever the line ends with. */
    private boolean isInCapitals(int from, int to) {
        return mostWords(from, to, 3, stem -> Casing.isAllUpper(stem, 3));
    }

    /** Three or more words of at least {@code minLength} letters in tokens [from, to), nearly all passing {@code test}. */
    private boolean mostWords(int from, int to, int minLength, Predicate<String> test) {
        int words = 0;
        int passing = 0;
        for (int k = from; k < to; k++) {
            String stem = tokens.get(k).stem();
            if (stem.length() >= minLength && Character.isLetter(stem.codePointAt(0))) {
                words++;
                if (test.test(stem)) {
                    passing++;
                }
            }
        }
        return words >= 3 && passing >= TITLE_CASE_SHARE * words;
    }

    /**
     * A Title Case line that reads as a headline: a capitalised function word after its first word ("… Past Bucks",
     * "… With Fraud") or a capitalised everyday word ending in -s that no name has ("Raises", "Charges"); and no
     * bare count, which tables and lists of results have ("Bolton 3 (Blake 2 …)", "69 Fred Couples, …"). English.
     */
    private boolean isHeadline(int from, int to) {
        if (commonWords.isEmpty()) {
            return false;
        }
        boolean evidence = false;
        boolean verbLike = false; // "Falls", "Raises": counts only beside a lower-case preposition ("… Falls for Third Month")
        boolean preposition = false;
        for (int k = from; k < to; k++) {
            Token token = tokens.get(k);
            String stem = token.stem();
            if (!stem.isEmpty() && Character.isDigit(stem.charAt(0)) && stem.chars().allMatch(Character::isDigit)
                    && !(k > from && "$€£".contains(tokens.get(k - 1).text()))) {
                return false;
            }
            String word = folded(k);
            preposition |= k > from && HEADLINE_PREPOSITIONS.contains(stem);
            if (k > from && Casing.isCapitalised(stem) && !rules.isHead(token) && !rules.isGivenName(token) && !rules.isSurname(token)) {
                evidence |= stopwords.contains(word) && word.length() >= 3;
                verbLike |= word.length() >= 5 && word.endsWith("s") && commonWords.contains(word);
            }
        }
        return evidence || verbLike && preposition;
    }

    private boolean isTitleCase(int from, int to) {
        // A headline does not end with a full stop; a sentence full of names does.
        String tail = text.substring(tokens.get(to - 1).end(), Math.min(text.length(), tokens.get(to - 1).end() + 3)).strip();
        boolean endsLikeSentence = !tail.isEmpty() && ".!?".indexOf(tail.charAt(0)) >= 0;
        return !endsLikeSentence && to - from >= 4 && mostWords(from, to, 4, Casing::isCapitalised);
    }

    /** What the scan found, in text order of the passes that found them. */
    List<FoundMention> mentions() {
        return mentions;
    }

    /** Whether the gazetteer has these words as a country's region or state ("Hawaii", "Nevada"). */
    boolean namesARegion(String words) {
        return isRegion(gazetteer.exact(Folding.key(words), EntityType.LOCATION, false).orElse(null));
    }

    /** A country, or a first-level region (state, province, Land): what a place is qualified by. */
    static boolean isRegion(GazetteerEntry entry) {
        return entry != null && entry.type() == EntityType.LOCATION && GazetteerLoader.isRegionId(entry.id());
    }

    /** A regnal number after a given name: I … XXXIX. */
    static boolean isRegnalNumber(String stem) {
        return !stem.isEmpty() && stem.length() <= 6 && REGNAL_NUMBER.matcher(stem).matches();
    }

    static boolean isNameLike(Token token) {
        String stem = token.stem();
        return (isDesignator(stem) || (Casing.isCapitalised(stem) && Casing.letters(stem) >= 2) || ARABIC_ARTICLE_NAME.matcher(stem).matches())
                && !isEnglishContraction(token);
    }

    /**
     * A capital after a lower-case letter inside the word, not after a surname prefix: "ChatGPT", "YouTube", but not
     * "McLaren", "MacDonald", "DeSantis", "DiCaprio", "LaGuardia", "O'Neill".
     */
    static boolean isCamelCase(String stem) {
        for (int i = 2; i < stem.length(); i++) {
            if (Character.isUpperCase(stem.charAt(i)) && Character.isLowerCase(stem.charAt(i - 1))) {
                String prefix = stem.substring(0, i);
                return !SURNAME_PREFIXES.contains(prefix);
            }
        }
        return false;
    }

    /** "Don’t", "Won't", "They’re": an English contraction after the apostrophe, never a Turkish case suffix. */
    static boolean isEnglishContraction(Token token) {
        return switch (token.suffix()) {
            case "t", "ll", "re", "ve", "d", "m" -> true;
            default -> false;
        };
    }

    /** Letters and digits with a capital: "S-400", "Su-35", "9K720", "COVID-19". */
    static boolean isDesignator(String stem) {
        boolean digit = false;
        boolean upper = false;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            digit |= Character.isDigit(c);
            upper |= Character.isUpperCase(c);
        }
        return digit && upper;
    }

    static boolean isAcronym(String stem) {
        if (!Casing.isAllUpper(stem, 2) || Casing.letters(stem) > MAX_ACRONYM_LETTERS) {
            return false;
        }
        for (int i = 0; i < stem.length(); i++) {
            if (Character.isDigit(stem.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}

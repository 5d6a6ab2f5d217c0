package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.entity.MentionScan.FoundMention;
import io.newspipe.enricher.entity.RecognizerRules.ContextWord;
import io.newspipe.enricher.text.Casing;
import io.newspipe.enricher.text.Folding;
import io.newspipe.enricher.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passes that retype what a {@link MentionScan} found by the words around it, once every candidate is
 * resolved: a place qualifying another ("Hulme, Manchester"), appositions ("X, a Durban insurer"), relative
 * clauses ("X, which"), residences (", of Hulme,"), a quotation's speaker, "X said it", sports teams and
 * coordinations ("Bolt and Uber"). Each pass only changes the type of mentions whose own evidence was weak.
 */
final class ContextPasses {

    private static final Pattern RESIDENCE_AFTER_NAME = Pattern.compile(", (?:\\d{1,3}, )?of ");
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,-])\\d{1,3}-\\d{1,3}(?![\\d.,-])"); // not a date's "2026-12-01"
    private static final Pattern TURKISH_RESULT_VERB = Pattern.compile(
            "\\b(?:yendi|yenildi|mağlup|kaybetti|berabere|yenerek|yenilerek|devirdi|geçti)", Pattern.UNICODE_CHARACTER_CLASS);
    /** Accusative and dative endings after the apostrophe (folded): "Kasımpaşa'yı", "Efes'e", "Rennes'i". */
    private static final Set<String> TURKISH_OBJECT_SUFFIXES = Set.of("i", "u", "yi", "yu", "ni", "nu", "a", "e", "ya", "ye", "na", "ne");
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?:\\d{1,3}-\\d{1,3}(?: \\w+)? (?:win|victory|defeat|loss|draw|triumph) "
            + "(?:over|against|to|with|by)|\\b(?:drew|lost|won|trailed|led|beat|beating) \\d{1,3}-\\d{1,3} (?:with|to|against)) (?:the )?$");
    private static final Pattern SCORE_AFTER = Pattern.compile(" (?:drew|lost|won|beat|led|trailed|edged|thrashed)(?: \\w+)? \\d{1,3}-\\d{1,3}\\b");
    private static final Pattern GOALS_BETWEEN = Pattern.compile(" \\d{1,3} "); // basketball's "Chicago 102 Detroit 95" too
    private static final Pattern GOALS_AND_SCORERS = Pattern.compile(" \\d{1,2} \\([^()]{1,140}\\) ");
    /** A goal count that ends the result: no score, decimal, percentage, time or unit follows it. */
    private static final Pattern GOALS_AFTER = Pattern.compile(" \\d{1,3}(?=[,;.]?(?:\\s|$)|\\s?\\()(?!\\s?(?:%|per|percent|years?|[ap]\\.?m\\b))");
    /** A row of a league table after the team's name: played, won, drawn, lost, goals, points ("12 8 3 1 25 9 27", "… 25-9 27"). */
    private static final Pattern STANDINGS_ROW = Pattern.compile("(?:[ \\t]+\\d{1,3}(?:-\\d{1,3})?){5,}[ \\t]*(?:\\n|$)");
    /** What may come before a team's name on a line of a table: nothing, or its rank ("3. ", "12 "). */
    private static final Pattern LINE_START = Pattern.compile("[ \\t]*(?:\\d{1,2}\\.?[ \\t]+)?");
    private static final Pattern AGAINST_BEFORE = Pattern.compile("\\b(?:against|over) (?:the )?$");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him", "himself", "herself");
    /** Turkish genitive endings after the apostrophe, folded: "Kurt'un", "Ece'nin". */
    private static final Set<String> GENITIVE = Set.of("in", "un", "nin", "nun");
    private static final String UNIVERSITY_OF = "University of ";
    /** A nickname in quotation marks between a given name and a surname: ' "Papa Guitar" ' (tokenised text: ' " Papa " '). */
    private static final Pattern NICKNAME_IN_QUOTES = Pattern.compile(" [\"“] ?\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2} ?[\"”] (?=\\p{Lu})");
    /**
     * After a dateline's place: maybe its country or state, then the date, the agency ("1996-08-31", "(Reuters)") or
     * the dash that opens the story ("HARLAN, Ky. — ", "YORK, England — "); any agency in brackets before that dash
     * ("HOBART, Tasmania (AAP) — ").
     */
    private static final Pattern DATELINE_AFTER = Pattern.compile("(?<region> ?, ?\\p{Lu}[\\p{L}.' -]{1,40}?)?"
            + "(?: (?:\\d{4}-\\d{2}-\\d{2}\\b|\\((?:Reuters|AP|AFP|DPA|dpa|UPI|Xinhua|AA|DHA|İHA|IHA|ANKA|Bloomberg)\\)"
            + "|\\(\\p{Lu}[\\p{L}&-]{1,11}\\)(?= [—–-] ))"
            + "|(?<dash> [—–-] ))");
    /** A seed in a tournament's draw, written before the team or player ("13th-seeded", "top-seeded"). */
    private static final Pattern SEEDED = Pattern.compile("(?:\\d+(?:st|nd|rd|th)|top|first|second|third|fourth|fifth|sixth|seventh"
            + "|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|lower|higher|bottom|no\\.? ?\\d+)-seeded");
    /** ", known as ", ", better known to fans as ": another name of the name before it follows. */
    private static final Pattern KNOWN_AS = Pattern.compile(", (?:also |better |widely |locally |popularly )?known "
            + "(?:to [\\p{Ll}' ]{1,25} )?as ");
    private static final Pattern CONJUNCTION_GAP = Pattern.compile(",? (?:and|or|ve|veya|ya da) ");

    private final MentionScan scan;
    private final String text;
    private final List<Token> tokens;
    private final List<FoundMention> mentions;
    private final RecognizerRules rules;
    private final Set<String> commonWords;
    private final Set<String> stopwords;

    /** A share price's move after a listed firm's name: " rose 6.4 per cent", " edged up 0.2%", " fell 14 percent". */
    private static final Pattern SHARE_MOVE = Pattern.compile(
            "(?:'s? shares?)? (?:rose|fell|slipped|jumped|gained|dropped|climbed|tumbled|surged|slumped|sank|added|lost|plunged|soared|edged (?:up|down|higher|lower)) "
            + "(?:by )?\\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)");
    /** Words after a body's name that say it was founded: " was founded", ", founded in", " was set up". */
    private static final Pattern FOUNDED = Pattern.compile(
            "(?:,(?: which| that)?(?: was| were| has been)?| was| were| has been) (?:founded|established|set up|incorporated|co-founded) (?:in|by|on|as|last|\\d)");

    ContextPasses(MentionScan scan) {
        this.scan = scan;
        this.text = scan.text;
        this.tokens = scan.tokens;
        this.mentions = scan.mentions;
        this.rules = scan.rules;
        this.commonWords = scan.commonWords;
        this.stopwords = scan.stopwords;
    }

    void run() {
        acronymsInBrackets();
        placesBeforeTheirBodysAcronym();
        nicknamesInQuotes();
        campusesOfAUniversity();
        datelines();
        turkishSpeakersNamedLikeTowns();
        qualifiedPlaces();
        placesAfterAStreet();
        appositions();
        knownAs();
        relativeClauses();
        residences();
        relatives();
        workplaces();
        firmsByWhatTheyHave();
        firmsBeforeTheirOfficers();
        turkishKinAndCounsel();
        turkishSpeakersAfterTheVerb();
        teamsAfterTheirRidersCountry();
        speakers();
        itsSubjects();
        foundedOrListed();
        teams();
        venuesOfTheGame();
        seatsVisited();
        coordinations();
    }

    /**
     * "Geelong forward Lachlan Moore", "Wexford beat Kilkenny", "after beating Motherwell 2-0": a town or state
     * in a sports role or beside a match verb is a team. Countries stay places: news annotation keeps national
     * sides as locations (CoNLL).
     */
    private void teams() {
        boolean[] team = new boolean[mentions.size()];
        boolean[] opponents = new boolean[mentions.size()]; // mention m and m + 1 are the two sides of a match verb
        for (int m = 0; m < mentions.size(); m++) {
            int next = scan.tokenFrom(mentions.get(m).end());
            if (next >= tokens.size() || !tokens.get(next).joinedToPrevious()) {
                continue;
            }
            // "Teknik Direktörü", "head coach", "assistant manager": the role is the second word
            int role = rules.isContextWord(ContextWord.ROLE_QUALIFIER, scan.folded(next)) && next + 1 < tokens.size() ? next + 1 : next;
            if (rules.isTeamRole(tokens.get(role)) && role + 1 < tokens.size() && tokens.get(role).joinedToPrevious()
                    && tokens.get(role + 1).joinedToPrevious() && MentionScan.isNameLike(tokens.get(role + 1))) {
                team[m] = true;
            }
            int verb = rules.matchVerbLength(tokens, scan::folded, next);
            if (verb > 0) {
                int object = next + verb;
                if (object < tokens.size() && tokens.get(object).text().equals("the")) {
                    object++; // "the Kansas City Chiefs beat the Buffalo Bills"
                }
                boolean objectNamed = m + 1 < mentions.size() && object < tokens.size() && tokens.get(object).joinedToPrevious()
                        && mentions.get(m + 1).start() == tokens.get(object).start();
                // "Jonathan Huberdeau beat Hellebuyck with a wrist shot": a player beats a goalkeeper, no team a team
                if (!person(mentions.get(m)) && !(objectNamed && person(mentions.get(m + 1)))) {
                    team[m] = true;
                    if (objectNamed) {
                        team[m + 1] = true;
                        opponents[m] = true;
                    }
                }
            }
        }
        fixtures(team);
        turkishMatchReport(team);
        resultLines(team);
        sportHeadings(team);
        standingsRows(team);
        for (int m = 0; m < mentions.size(); m++) {
            int first = scan.tokenFrom(mentions.get(m).start());
            int before = first > 0 && tokens.get(first - 1).text().equals("the") && tokens.get(first).joinedToPrevious() ? first - 1 : first;
            for (int verb = 1; verb <= 2 && !team[m]; verb++) {
                team[m] = before >= verb && tokens.get(before).joinedToPrevious() && rules.matchVerbLength(tokens, scan::folded, before - verb) == verb;
            }
            for (int words = 2; words >= 1 && !team[m]; words--) { // "played for Sunderland", "on loan from Brentford"
                team[m] = before >= words && tokens.get(before).joinedToPrevious()
                        && rules.clubPhraseLength(tokens, scan::folded, before - words) == words;
            }
            // "13th-seeded Vermont stunned fourth-seeded Auburn": a seed before a place's name makes it a team
            team[m] = team[m] || before > 0 && tokens.get(before).joinedToPrevious() && tokens.get(before - 1).text().endsWith("-seeded")
                    && SEEDED.matcher(tokens.get(before - 1).text()).matches();
            boolean nickname = nickname(m);
            team[m] = team[m] || nickname || scoreBeside(m) || inMatchReport(m, before) || beforeATeamsVerb(m);
            FoundMention mention = mentions.get(m);
            if (playerBeforeHisShot(mention)) {
                if (weak(mention)) {
                    mentions.set(m, typed(mention, EntityType.PERSON, true));
                }
            } else if (team[m] && (nickname || placeLike(mention) || endsInPlural(mention))) {
                mentions.set(m, typed(mention, EntityType.ORGANIZATION));
            }
        }
        for (int m = 0; m + 1 < mentions.size(); m++) {
            if (opponents[m]) { // "Real Madrid beat Villarreal": a team beats a team, whatever a surname list says
                sameSideType(m, m + 1);
                sameSideType(m + 1, m);
            }
        }
    }

    /**
     * "Hull host Millwall", "Preston travel to Stoke City", "Veszprém travel to Kielce": a fixture between two names,
     * one of them a known or named organisation, or another team's fixture in the sentence, makes both teams. English.
     */
    private void fixtures(boolean[] team) {
        if (commonWords.isEmpty()) {
            return;
        }
        boolean[] fixture = new boolean[mentions.size()];
        for (int m = 0; m + 1 < mentions.size(); m++) {
            int verb = scan.tokenFrom(mentions.get(m).end());
            if (verb >= tokens.size() || !tokens.get(verb).joinedToPrevious()
                    || !rules.isContextWord(ContextWord.FIXTURE, scan.folded(verb))) {
                continue;
            }
            int object = verb + 1;
            for (String skip : List.of("to", "the")) {
                if (object < tokens.size() && tokens.get(object).text().equals(skip)) {
                    object++;
                }
            }
            // "the All Blacks travel to Cardiff to play Wales", "travel to Stamford Bridge for the derby": the ground
            int after = scan.tokenFrom(mentions.get(m + 1).end());
            boolean venue = after < tokens.size() && (tokens.get(after).text().equals("to") || tokens.get(after).text().equals("for"));
            if (object < tokens.size() && tokens.get(object).joinedToPrevious() && mentions.get(m + 1).start() == tokens.get(object).start()
                    && !venue && !person(mentions.get(m)) && !person(mentions.get(m + 1))) {
                fixture[m] = true;
            }
        }
        Set<Integer> sentencesWithATeam = new HashSet<>(); // the sentences where a fixture names an organisation
        for (int m = 0; m < mentions.size(); m++) {
            if (fixture[m] && (organisation(mentions.get(m)) || organisation(mentions.get(m + 1)))) {
                sentencesWithATeam.add(sentenceStart(scan.tokenFrom(mentions.get(m).start())));
            }
        }
        for (int m = 0; m < mentions.size(); m++) {
            if (fixture[m] && sentencesWithATeam.contains(sentenceStart(scan.tokenFrom(mentions.get(m).start())))) {
                team[m] = true;
                team[m + 1] = true;
            }
        }
    }

    /**
     * "Coventry equalised on the hour", "Hull led through a first-half header", "Kilkenny pulled away late on": right
     * before a verb only a side in a game does (context-word kind team-verb), a town's or unknown name is the team's.
     * English; a person's name stays the player's ("Haaland equalised", "Eze equalised for Palace"), a country's the
     * national side's place.
     */
    private boolean beforeATeamsVerb(int m) {
        if (commonWords.isEmpty() || hasSuffix(mentions.get(m))) {
            return false;
        }
        int verb = scan.tokenFrom(mentions.get(m).end());
        StringBuilder words = new StringBuilder();
        for (int k = verb; k < verb + 3 && k < tokens.size() && tokens.get(k).joinedToPrevious(); k++) {
            words.append(k > verb ? " " : "").append(scan.folded(k));
            if (rules.isContextWord(ContextWord.TEAM_VERB, words.toString())) {
                // "Richarlison pulled one back for Spurs": a player, scoring for his side
                return !(k + 1 < tokens.size() && tokens.get(k + 1).text().equals("for"));
            }
        }
        return false;
    }

    private static boolean organisation(FoundMention mention) {
        return mention.entry() != null ? mention.entry().type() == EntityType.ORGANIZATION : mention.hint() == EntityType.ORGANIZATION;
    }

    /**
     * "Haji Wright scored in the fourth minute …", "Ellis Simms headed home": an unknown name of two words or more
     * right before a verb of a player's shot is the player's, in a match report too.
     */
    private boolean playerBeforeHisShot(FoundMention mention) {
        int next = scan.tokenFrom(mention.end());
        return mention.entry() == null && mention.tokenCount() >= 2 && !mention.surface().contains("'") && next < tokens.size()
                && tokens.get(next).joinedToPrevious() && rules.isContextWord(ContextWord.PLAYERS_SHOT, scan.folded(next));
    }

    /** Known as a person, or named like one by its own words or a title (not by what surrounds it). */
    private static boolean person(FoundMention mention) {
        return mention.entry() != null ? mention.entry().type() == EntityType.PERSON
                : mention.hint() == EntityType.PERSON && !mention.contextHint();
    }

    /**
     * Types {@code other} as a team where {@code team} is one and the gazetteer knows {@code other} as no person or
     * country: "Leyton Orient" is shaped like a person's name, but a team beat it.
     */
    private void sameSideType(int team, int other) {
        FoundMention side = mentions.get(team);
        FoundMention mention = mentions.get(other);
        if (organisation(side) && (mention.entry() == null || placeLike(mention))) {
            mentions.set(other, typed(mention, EntityType.ORGANIZATION));
        }
    }

    /**
     * "Liverpool were held to a 1-1 draw by Crystal Palace at Anfield": in an English sentence that writes a score
     * and talks of the match, a town or an unknown name is a team's, unless a preposition of place puts it where
     * they played ("at Anfield", "in Perth"). Datelines (capitals) and both parts of "Spokane, Washington" stay places.
     */
    private boolean inMatchReport(int m, int before) {
        FoundMention mention = mentions.get(m);
        if (commonWords.isEmpty() || !placeLike(mention) || mention.hint() != null && mention.contextHint()
                || Casing.isAllUpper(mention.surface(), 2) || before > 0 && rules.isContextWord(ContextWord.PLACE_PREPOSITION, scan.folded(before - 1))
                || m + 1 < mentions.size() && MentionScan.isRegion(mentions.get(m + 1).entry())
                && text.substring(mention.end(), mentions.get(m + 1).start()).strip().equals(",")
                || m > 0 && placeNamed(mentions.get(m - 1)) && text.substring(mentions.get(m - 1).end(), mention.start()).strip().equals(",")) {
            return false;
        }
        int sentence = sentenceStart(before);
        if (sentence != matchSentence) {
            matchSentence = sentence;
            int end = sentenceEnd(before);
            matchScore = hasScore() && SCORE.matcher(text.substring(tokens.get(sentence).start(), end)).find();
            Set<String> words = new HashSet<>();
            for (int k = sentence; k < tokens.size() && tokens.get(k).start() < end; k++) {
                if (rules.matchVerbLength(tokens, scan::folded, k) > 0) {
                    words.add("beat"); // a match verb counts as one
                } else if (rules.isContextWord(ContextWord.SPORTS, scan.folded(k))) {
                    words.add(scan.folded(k));
                }
            }
            matchWords = words.size();
        }
        // A score and one word of the match; or, without a score, two such words and a known town ("Blackburn, still
        // without a league win this season"), not any capitalised word ("the first Ashes test") nor where a player
        // comes from ("the 24-year-old from San Candido")
        return matchScore ? matchWords > 0
                : matchWords >= 2 && placeNamed(mention) && !(before > 0 && scan.folded(before - 1).equals("from"));
    }

    /** The sentence {@link #inMatchReport} looked at last (its first token), whether it writes a score, its match words. */
    private int matchSentence = -1;
    private boolean matchScore;
    private int matchWords;

    /**
     * "Galatasaray, deplasmanda Kasımpaşa'yı 3-1 yendi", "Karşıyaka, Anadolu Efes'e 88-81 yenildi": in a Turkish
     * sentence with a score and a result verb, the place named in the accusative or dative, or opening the
     * sentence before a comma, is a team; one in the locative ("Atina'da") is where they played.
     */
    private void turkishMatchReport(boolean[] team) {
        if (!commonWords.isEmpty() || !hasScore()) {
            return; // Turkish, and only where some score is written
        }
        int m = 0;
        while (m < mentions.size()) {
            int sentence = sentenceStart(scan.tokenFrom(mentions.get(m).start()));
            int sentenceEnd = sentenceEnd(sentence);
            int last = m;
            while (last + 1 < mentions.size() && mentions.get(last + 1).start() < sentenceEnd) {
                last++;
            }
            String clause = text.substring(tokens.get(sentence).start(), sentenceEnd);
            if (SCORE.matcher(clause).find() && TURKISH_RESULT_VERB.matcher(clause).find()) {
                for (int k = m; k <= last; k++) {
                    FoundMention mention = mentions.get(k);
                    int lastToken = scan.tokenFrom(mention.end()) - 1;
                    String suffix = Folding.fold(tokens.get(lastToken).suffix());
                    // the subject before a comma, opening the sentence or after a dateline and the league ("İSTANBUL - TFF 1.
                    // Lig'de Sarıyer, sahasında …"): the first name of the clause with a comma right after it
                    boolean subjectBeforeComma = text.startsWith(",", mention.end()) && !tokens.get(lastToken).hasSuffix()
                            && (k == m || !text.startsWith(",", mentions.get(k - 1).end()));
                    team[k] |= TURKISH_OBJECT_SUFFIXES.contains(suffix) || subjectBeforeComma;
                }
            }
            m = last + 1;
        }
    }

    /**
     * "Leeds 0 Manchester United 3", "Everton 1 Wolverhampton 1": two names, each with a goal count after it, are the
     * two sides of a result, whatever else they name.
     */
    private void resultLines(boolean[] team) {
        for (int m = 0; m + 1 < mentions.size(); m++) {
            FoundMention home = mentions.get(m);
            int away = m + 1;
            int gap = mentions.get(away).start() - home.end(); // " 0 ", " 102 ": looked at only when that short
            boolean goals = gap >= 3 && gap <= 5 && GOALS_BETWEEN.matcher(text.substring(home.end(), mentions.get(away).start())).matches();
            if (!goals && gap >= 3 && gap < 160) {
                // "Barnsley 2 (Hendrie 30, Wilkinson 67) Oldham 1": the scorers in brackets between the two sides
                Matcher scorers = GOALS_AND_SCORERS.matcher(text).region(home.end(), Math.min(text.length(), home.end() + 160));
                if (scorers.lookingAt()) {
                    while (away < mentions.size() && mentions.get(away).start() < scorers.end()) {
                        away++;
                    }
                    goals = away < mentions.size() && mentions.get(away).start() == scorers.end();
                }
            }
            FoundMention other = away < mentions.size() ? mentions.get(away) : null;
            if (goals && GOALS_AFTER.matcher(text.substring(other.end(), Math.min(text.length(), other.end() + 6))).lookingAt()) {
                team[m] = true;
                team[away] = true;
            }
        }
    }

    /**
     * "SOCCER - SHEARER SCORES AGAINST OLD CLUB AS NEWCASTLE WIN.": in a line that a team sport heads, as wire
     * stories in capitals do, a town's name is a team's (not a country's: national sides stay places).
     */
    private void sportHeadings(boolean[] team) {
        int lineSeen = -1;
        int headingEnd = -1; // where the sport's heading of that line ends, or -1
        for (int m = 0; m < mentions.size(); m++) {
            int line = text.lastIndexOf('\n', mentions.get(m).start() - 1) + 1;
            if (line != lineSeen) { // each line's heading is read once
                lineSeen = line;
                int dash = text.substring(line, Math.min(text.length(), line + 24)).indexOf(" - ") + line; // the heading is short
                headingEnd = dash > line && Casing.isAllUpper(text.substring(line, dash), 2)
                        && rules.isContextWord(ContextWord.TEAM_SPORT, Folding.fold(text.substring(line, dash).strip())) ? dash : -1;
            }
            team[m] |= headingEnd > 0 && headingEnd < mentions.get(m).start();
        }
    }

    /** "Valencia 12 6 3 3 19 14 21": a name that opens a line of a league table is a team's. */
    private void standingsRows(boolean[] team) {
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            // the bound is no anchor: "$" is the text's end, never the end of the looked-at region
            team[m] |= STANDINGS_ROW.matcher(text).region(mention.end(), Math.min(text.length(), mention.end() + 60))
                    .useAnchoringBounds(false).lookingAt() && opensLine(mention.start());
        }
    }

    /** Whether only a rank stands between the line's start and {@code offset}. */
    private boolean opensLine(int offset) {
        int line = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - line <= 6 && LINE_START.matcher(text).region(line, offset).matches();
    }

    /** The offset where the sentence holding token {@code index} ends: the next sentence's start, or the text's end. */
    private int sentenceEnd(int index) {
        int next = index + 1;
        while (next < tokens.size() && !tokens.get(next).sentenceInitial()) {
            next++;
        }
        return next < tokens.size() ? tokens.get(next).start() : text.length();
    }

    private int sentenceStart(int index) {
        while (index > 0 && !tokens.get(index).sentenceInitial()) {
            index--;
        }
        return index;
    }

    /**
     * "a 2-0 win over Stockport County", "drew 1-1 with Bohemians", "Shamrock Rovers drew 1-1": a result with its
     * score right before or after a name makes it a team; "against" or "over" do where the sentence has a score.
     */
    private boolean scoreBeside(int m) {
        if (!hasScore()) {
            return false;
        }
        FoundMention mention = mentions.get(m);
        String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
        if (SCORE_BEFORE.matcher(before).find()
                || SCORE_AFTER.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 40))).lookingAt()) {
            return true;
        }
        if (!AGAINST_BEFORE.matcher(before).find()) {
            return false;
        }
        int first = scan.tokenFrom(mention.start());
        return SCORE.matcher(text.substring(tokens.get(sentenceStart(first)).start(), sentenceEnd(first))).find();
    }

    /**
     * "The Magpies climbed to fourth", "the Millers have gone eleven games unbeaten": "the" and one capitalised
     * plural of an everyday word, in a sentence about sport, is a team's nickname. English.
     */
    private boolean nickname(int m) {
        FoundMention mention = mentions.get(m);
        int first = scan.tokenFrom(mention.start());
        if (mention.tokenCount() != 1 || mention.entry() != null || first == 0 || !scan.folded(first - 1).equals("the")
                || !endsInPlural(mention, 1) && !nicknameWord(mention, first)) {
            return false;
        }
        int sentence = sentenceStart(first);
        for (int k = sentence; k < tokens.size() && (k == sentence || !tokens.get(k).sentenceInitial()); k++) {
            if (rules.isContextWord(ContextWord.SPORTS, scan.folded(k)) || rules.isTeamRole(tokens.get(k)) || rules.matchVerbLength(tokens, scan::folded, k) > 0) {
                return true;
            }
        }
        return SCORE.matcher(text.substring(tokens.get(sentence).start(), Math.min(text.length(), mention.end() + 200))).find();
    }

    /**
     * "the Thunder", "the Catamounts": an everyday word or an unknown plural, capitalised inside the sentence; a
     * team's nickname where the sentence is about sport. English.
     */
    private boolean nicknameWord(FoundMention mention, int at) {
        String word = mention.lastWordKey();
        if (commonWords.isEmpty() || tokens.get(at).sentenceInitial() || mention.surface().indexOf('\'') >= 0
                || !(commonWords.contains(word) || word.length() > 4 && word.endsWith("s"))) {
            return false;
        }
        // not "at the Oval" (a ground), "Match of the Day" (a title) or "the South African pack" (a word of a longer name)
        String before = at >= 2 && tokens.get(at - 1).joinedToPrevious() ? scan.folded(at - 2) : "";
        int next = at + 1;
        // nor "the Government" (a type word) or "the Pixel 9" (a product's model)
        return !before.equals("of") && !rules.isContextWord(ContextWord.PLACE_PREPOSITION, before) && !rules.isHead(tokens.get(at))
                && !(next < tokens.size() && tokens.get(next).joinedToPrevious()
                        && (Casing.isCapitalised(tokens.get(next).text()) || Character.isDigit(tokens.get(next).text().charAt(0))));
    }

    /** "Orlando Pirates", "Regina Pats": an unknown name whose last word is the plural of an everyday word. English. */
    private boolean endsInPlural(FoundMention mention) {
        return endsInPlural(mention, 2);
    }

    private boolean endsInPlural(FoundMention mention, int minimumWords) {
        if (mention.entry() != null || commonWords.isEmpty() || mention.tokenCount() < minimumWords) {
            return false;
        }
        String last = mention.lastWordKey();
        return last.length() > 3 && last.endsWith("s") && commonWords.contains(last.substring(0, last.length() - 1));
    }

    private Boolean hasScore;

    /** Whether the text writes a score ("2-1") anywhere: most texts do not, and the sports rules need one. */
    private boolean hasScore() {
        if (hasScore == null) {
            boolean found = false;
            for (int dash = text.indexOf('-', 1); dash > 0 && dash + 1 < text.length() && !found; dash = text.indexOf('-', dash + 1)) {
                // a digit on both sides first, the regex (no digit run around it) only then
                found = Character.isDigit(text.charAt(dash - 1)) && Character.isDigit(text.charAt(dash + 1))
                        && SCORE.matcher(text).region(Math.max(0, dash - 5), Math.min(text.length(), dash + 5)).useTransparentBounds(true).find();
            }
            hasScore = found;
        }
        return hasScore;
    }

    /** Known as a place, or typed one by a cue. */
    private static boolean placeNamed(FoundMention mention) {
        return (mention.entry() != null ? mention.entry().type() : mention.hint()) == EntityType.LOCATION;
    }

    /** A town, region or unknown name that nothing typed otherwise; no country. */
    private static boolean placeLike(FoundMention mention) {
        if (mention.entry() != null) {
            return mention.entry().type() == EntityType.LOCATION && !GazetteerLoader.isCountryId(mention.entry().id());
        }
        // "beating Zheng Qinwen 6-3": a name shaped like a person's is a player, not a team
        return mention.hint() == EntityType.LOCATION || mention.hint() == null && mention.shapeType() != EntityType.PERSON;
    }

    /** Neither known nor typed by a cue, or only by a weak one ("in X"): its shape or context speaks for its type. */
    private static boolean weak(FoundMention mention) {
        return mention.entry() == null && (mention.hint() == null || mention.contextHint());
    }

    private static FoundMention typed(FoundMention m, EntityType type) {
        return typed(m, type, false);
    }

    private static FoundMention typed(FoundMention m, EntityType type, boolean contextHint) {
        return new FoundMention(m.start(), m.end(), m.surface(), m.key(), m.name(), m.tokenCount(), m.lastWordKey(),
                type, null, null, contextHint);
    }

    /**
     * "Konya, ödülünü … aldığını söyledi.", "Tokat, "…" dedi.", "Törende konuşan Keskin, …": a town's or province's
     * name opening a Turkish sentence, or after a participle, before a comma, in a sentence that a verb of speech ends,
     * is a speaker's surname (Mustafa Konya). Not a country's or a major city's, which speaks through its government.
     */
    private void turkishSpeakersNamedLikeTowns() {
        if (scan.inflections.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            int first = scan.tokenFrom(mention.start());
            if (mention.tokenCount() == 1 && placeNamed(mention) && (mention.entry() == null || !speaksThroughItsGovernment(mention.entry()))
                    && (tokens.get(first).sentenceInitial() || afterParticiple(first)) && !tokens.get(first).hasSuffix()
                    && text.startsWith(",", mention.end()) && scan.sentenceEndsInSpeech(first)) {
                mentions.set(m, typed(mention, EntityType.PERSON, true));
            }
        }
    }

    /**
     * Countries and the curated major cities ("Ankara, … kaygısını dile getirdi", "Moskova, … açıkladı") speak through
     * their governments; a province's or a town's name there is a surname more often (Mustafa Konya).
     */
    private static boolean speaksThroughItsGovernment(GazetteerEntry place) {
        return GazetteerLoader.isCountryId(place.id()) || place.id().startsWith("loc:city:");
    }

    /**
     * "Sanık Kurt'un avukatı", "Karabulut'un eşi": an unknown name in the genitive before a person's kin or counsel
     * (context-word kind kin) is a person's, the surname alone most often. Turkish.
     */
    private void turkishKinAndCounsel() {
        if (!scan.inflections.isEmpty()) {
            retypeWhere(this::beforeKin, EntityType.PERSON);
        }
    }

    private boolean beforeKin(FoundMention mention) {
        int last = scan.tokenFrom(mention.end()) - 1;
        return weak(mention) && mention.typeSoFar() != EntityType.PERSON && GENITIVE.contains(Folding.fold(tokens.get(last).suffix()))
                && last + 1 < tokens.size() && tokens.get(last + 1).joinedToPrevious()
                && rules.isContextWord(ContextWord.KIN, scan.folded(last + 1));
    }

    /**
     * "«…,» dedi Bozkurt.", "«…,» diyen Emir, …": the name right after "dedi" ending the sentence, or after "diyen" (the
     * one who says), is the speaker's, whatever place or thing has the name too. Turkish.
     */
    private void turkishSpeakersAfterTheVerb() {
        if (scan.inflections.isEmpty()) {
            return;
        }
        retypeWhere(this::afterASpeechVerb, EntityType.PERSON);
    }

    private boolean afterASpeechVerb(FoundMention mention) {
        int first = scan.tokenFrom(mention.start());
        if (mention.tokenCount() > 3 || first == 0 || !tokens.get(first).joinedToPrevious() || mention.typeSoFar() == EntityType.PERSON
                || mention.entry() != null && speaksThroughItsGovernment(mention.entry())) {
            return false;
        }
        String verb = scan.folded(first - 1);
        return verb.equals("diyen") && text.startsWith(",", mention.end())
                || verb.equals("dedi") && (mention.end() == text.length() || text.startsWith(".", mention.end()));
    }

    /** "Törende konuşan Keskin, …": a lower-case participle (-an, -en) right before the name describes it. Turkish. */
    private boolean afterParticiple(int first) {
        if (first == 0 || !tokens.get(first).joinedToPrevious()) {
            return false;
        }
        Token previous = tokens.get(first - 1);
        String word = scan.folded(first - 1);
        return !previous.hasSuffix() && Character.isLowerCase(previous.text().codePointAt(0)) && word.length() >= 4
                && (word.endsWith("an") || word.endsWith("en"));
    }

    /**
     * "Jerome Atkinson-Bell, of Hulme, will appear …", "Janet Sowerby, 58, of Wymondham, admitted …": the name after
     * ", of" in an apposition, the age between or not, is where the person lives.
     */
    private void residences() {
        for (int m = 1; m < mentions.size(); m++) {
            FoundMention place = mentions.get(m);
            String between = text.substring(mentions.get(m - 1).end(), place.start());
            if (evidence(place) == 0 && RESIDENCE_AFTER_NAME.matcher(between).matches()
                    && (text.startsWith(",", place.end()) || text.startsWith(".", place.end()))) {
                mentions.set(m, typed(place, EntityType.LOCATION, true));
            }
        }
    }

    /**
     * "Demirel'i Beyaz Saray'da ağırladı": a seat of government that the gazetteer has as the body it houses is the
     * building where a Turkish locative or ablative puts someone ("Beyaz Saray'dan yapılan açıklamada" too: said
     * from there). Turkish.
     */
    private void seatsVisited() {
        if (commonWords.isEmpty()) {
            retypeWhere(mention -> mention.entry() != null && mention.entry().type() == EntityType.ORGANIZATION
                    && rules.isContextWord(ContextWord.SEAT, Folding.fold(mention.entry().name()))
                    && scan.hasPlaceSuffix(tokens.get(scan.tokenFrom(mention.end()) - 1)), EntityType.LOCATION);
        }
    }

    /**
     * "A sellout crowd of 18,203 at Paycom Center", "The announced crowd at Canada Life Centre was 15,225": a centre
     * named in a sentence about a game or its crowd is the arena, a place; not one that treats or studies ("taken to
     * Denver Health Medical Center after the game"). English.
     */
    private void venuesOfTheGame() {
        if (!commonWords.isEmpty()) {
            retypeWhere(this::arena, EntityType.LOCATION);
        }
    }

    private boolean arena(FoundMention mention) {
        String last = mention.lastWordKey();
        if (mention.entry() != null || mention.typeSoFar() != EntityType.ORGANIZATION || mention.tokenCount() < 2
                || !last.equals("center") && !last.equals("centre")) {
            return false;
        }
        int first = scan.tokenFrom(mention.start());
        for (int k = first; k < first + mention.tokenCount() - 1; k++) {
            if (rules.isContextWord(ContextWord.CARING_CENTRE, scan.folded(k))) {
                return false;
            }
        }
        int end = sentenceEnd(first);
        for (int k = sentenceStart(first); k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (rules.isContextWord(ContextWord.SPORTS, scan.folded(k)) || rules.isContextWord(ContextWord.CROWD, scan.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "survived by two sons, Marcus and Leon", "a sister, Florence", "his brother Austin": the names right after a
     * word for kin, and the rest of their list, are the kin's, though a town or a state has them too. English.
     */
    private void relatives() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            if (!nameableKin(mentions.get(m)) || !afterKinWord(mentions.get(m))) {
                continue;
            }
            mentions.set(m, typed(mentions.get(m), EntityType.PERSON, true));
            while (m + 1 < mentions.size() && coordinated(m) && nameableKin(mentions.get(m + 1))) {
                m++;
                mentions.set(m, typed(mentions.get(m), EntityType.PERSON, true));
            }
        }
    }

    /** Not a known person, organisation or work: a place's name or an unknown one. */
    private static boolean nameableKin(FoundMention mention) {
        return mention.entry() == null ? mention.hint() == null || mention.hint() == EntityType.PERSON
                || mention.hint() == EntityType.LOCATION : mention.entry().type() == EntityType.LOCATION;
    }

    private boolean afterKinWord(FoundMention mention) {
        int first = scan.tokenFrom(mention.start());
        if (first == 0 || tokens.get(first - 1).hasSuffix()) {
            return false; // "his father's hometown, Boston"
        }
        String gap = text.substring(tokens.get(first - 1).end(), mention.start());
        return (gap.equals(" ") || gap.equals(", ")) && rules.isContextWord(ContextWord.RELATIVE, scan.folded(first - 1))
                && Character.isLowerCase(tokens.get(first - 1).text().codePointAt(0));
    }

    /**
     * "… head of research at Julius Baer in Zurich", "a lawyer at Hengeler Mueller in Duesseldorf": an unknown name
     * between "at" and "in" and a place is where someone works, whatever its shape or a given name says. English.
     */
    private void workplaces() {
        if (!commonWords.isEmpty()) {
            retypeWhere(this::workplace, EntityType.ORGANIZATION);
        }
    }

    private boolean workplace(FoundMention mention) {
        int first = scan.tokenFrom(mention.start());
        // shaped like a person's name too ("Julius Baer", "Piper Sandler"): nobody works at a person in a town
        return mention.entry() == null && mention.hint() != EntityType.LOCATION && first > 0 && tokens.get(first).joinedToPrevious()
                && scan.folded(first - 1).equals("at") && text.startsWith(" in ", mention.end())
                && mentionAt(mention.end() + 4).filter(ContextPasses::placeNamed).isPresent();
    }

    /** Retypes, as context, every mention that the test picks. */
    private void retypeWhere(Predicate<FoundMention> test, EntityType type) {
        for (int m = 0; m < mentions.size(); m++) {
            if (test.test(mentions.get(m))) {
                mentions.set(m, typed(mentions.get(m), type, true));
            }
        }
    }

    /**
     * "2. Tony Rominger (Switzerland) Mapei same time", "Jacques Villeneuve (Canada) Williams 1:25.345": in a line of
     * results the name after a person's country in brackets is the team's, whatever its shape says.
     */
    private void teamsAfterTheirRidersCountry() {
        retypeWhere(this::teamAfterItsRidersCountry, EntityType.ORGANIZATION);
    }

    private boolean teamAfterItsRidersCountry(FoundMention team) {
        int start = team.start();
        if (team.entry() != null || start < 4 || !text.startsWith(") ", start - 2)) {
            return false;
        }
        Optional<FoundMention> country = mentionEndingAt(start - 2)
                .filter(c -> c.entry() != null && GazetteerLoader.isCountryId(c.entry().id()) && c.start() >= 2
                        && text.startsWith(" (", c.start() - 2));
        return country.flatMap(c -> mentionEndingAt(c.start() - 2))
                .filter(r -> r.typeSoFar() == EntityType.PERSON)
                .isPresent();
    }

    /** "Lakeshore's chief executive", "Northvale's shares": a name whose possessive has what a company has. English. */
    private void firmsByWhatTheyHave() {
        if (!commonWords.isEmpty()) {
            retypeWhere(this::possessiveOfAFirm, EntityType.ORGANIZATION);
        }
    }

    private boolean possessiveOfAFirm(FoundMention mention) {
        int last = scan.tokenFrom(mention.end()) - 1;
        return weak(mention) && Folding.fold(tokens.get(last).suffix()).equals("s") && last + 1 < tokens.size()
                && tokens.get(last + 1).joinedToPrevious() && rules.isContextWord(ContextWord.FIRM, scan.folded(last + 1));
    }

    /**
     * "Ironbark managing director Callum Fitzroy", "Jefferies analyst Tom Forte": a name right before a company
     * officer's role, written in lower case, and the officer's name ("a Jefferies analyst": a determiner before it) is
     * an organisation's. English.
     */
    private void firmsBeforeTheirOfficers() {
        if (!commonWords.isEmpty()) {
            retypeWhere(this::beforeAnOfficer, EntityType.ORGANIZATION);
        }
    }

    private boolean beforeAnOfficer(FoundMention mention) {
        int role = scan.tokenFrom(mention.end());
        boolean personShaped = mention.entry() == null && mention.hint() == EntityType.PERSON;
        if (!weak(mention) && !personShaped || tokens.get(role - 1).hasSuffix() || role >= tokens.size()
                || !tokens.get(role).joinedToPrevious()
                || Casing.isCapitalised(tokens.get(role).text())) {
            return false;
        }
        int name = rules.isContextWord(ContextWord.OFFICER, scan.folded(role)) ? role + 1
                : role + 1 < tokens.size() && rules.isContextWord(ContextWord.OFFICER, scan.folded(role) + " " + scan.folded(role + 1))
                        && tokens.get(role + 1).joinedToPrevious() ? role + 2 : -1;
        if (name < 0) {
            return false;
        }
        int first = scan.tokenFrom(mention.start());
        // "a Jefferies analyst", "the Kestrel spokesman", "its Quorvex engineers": a determiner before, no officer's name after
        // "Nile Crest Sugar general manager Rajiv Menon": shaped like a person's name, but an officer's name follows
        return !personShaped && first > 0 && tokens.get(first).joinedToPrevious() && rules.isDeterminer(tokens.get(first - 1))
                || name < tokens.size() && tokens.get(name).joinedToPrevious() && MentionScan.isNameLike(tokens.get(name))
                        && mentionAt(tokens.get(name).start()).filter(p -> p.typeSoFar() == EntityType.PERSON).isPresent();
    }

    /**
     * "Bovine Spongiform Encephalopathy (BSE)", "Ölçme, Seçme ve Yerleştirme Merkezi (ÖSYM)": an acronym in brackets
     * right after a name whose words it abbreviates is that name again, whatever else the acronym names ("BSE", the
     * Bombay Stock Exchange).
     */
    private void acronymsInBrackets() {
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention acronym = mentions.get(m);
            if (acronym.tokenCount() != 1 || !Casing.isAllUpper(acronym.surface(), 2) || acronym.start() < 3
                    || !text.startsWith(")", acronym.end()) && !text.startsWith(" )", acronym.end())) {
                continue;
            }
            int open = text.charAt(acronym.start() - 1) == '(' ? acronym.start() - 1 // "(BSE)", or CoNLL's "( BSE )"
                    : text.startsWith("( ", acronym.start() - 2) ? acronym.start() - 2 : -1;
            if (open < 1 || !text.startsWith(" (", open - 1)) {
                continue;
            }
            Optional<FoundMention> name = mentionEndingAt(open - 1);
            if (name.isPresent() && name.get().tokenCount() >= 2 && abbreviates(acronym.surface(), name.get())) {
                FoundMention full = name.get();
                // the name's key and entry: one entity with two mentions
                mentions.set(m, new FoundMention(acronym.start(), acronym.end(), acronym.surface(), full.key(), full.name(),
                        acronym.tokenCount(), acronym.lastWordKey(), full.typeSoFar(), full.entry(), full.shapeType(), true));
            } else if (name.isPresent() && name.get().tokenCount() >= 2 && name.get().typeSoFar() == EntityType.ORGANIZATION
                    && (acronym.entry() == null ? acronym.typeSoFar() != EntityType.ORGANIZATION
                        : acronym.entry().type() != EntityType.ORGANIZATION && !GazetteerLoader.isCountryId(acronym.entry().id()))) {
                // "Nijerya Ulusal Acil Durum Yönetim Ajansı (NEMA)", "Tarım Sigortaları Havuzu (TARSİM)": a body's acronym in
                // another language, or one a town shares, is still the body's
                mentions.set(m, typed(acronym, EntityType.ORGANIZATION, true));
            }
        }
    }

    /** Whether the capitals are the initials of the name's words, its small words left out or not. */
    private boolean abbreviates(String capitals, FoundMention name) {
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (int k = scan.tokenFrom(name.start()); k < tokens.size() && tokens.get(k).start() < name.end(); k++) {
            String initial = Folding.fold(tokens.get(k).stem().substring(0, 1));
            all.append(initial);
            if (!stopwords.contains(scan.folded(k)) && !rules.isConnector(tokens.get(k)) && !rules.isConjunction(tokens.get(k))) {
                content.append(initial);
            }
        }
        String folded = Folding.fold(capitals);
        return folded.equals(all.toString()) || folded.equals(content.toString());
    }

    /**
     * "GROZNY , Russia 1996-08-31", "AL-AIN , United Arab Emirates …", "KOUTIALA, Mali (Reuters) -": a name in capitals
     * opening a line, before the date or the agency of a dateline, is where the story was filed, not an acronym.
     */
    private void datelines() {
        retypeWhere(mention -> mention.entry() == null && Casing.isAllUpper(mention.surface(), 2)
                && text.lastIndexOf('\n', mention.start() - 1) + 1 == mention.start() && filedFrom(mention),
                EntityType.LOCATION);
    }

    /** Whether a dateline follows the name; a short acronym before a bare dash is a headline's ("RP - DYP hükümeti"). */
    private boolean filedFrom(FoundMention mention) {
        Matcher after = DATELINE_AFTER.matcher(text).region(mention.end(), Math.min(text.length(), mention.end() + 60));
        return after.lookingAt() && (after.group("dash") == null || after.group("region") != null || mention.surface().length() >= 4);
    }

    /** The mention that ends at the offset, if any. */
    private Optional<FoundMention> mentionEndingAt(int offset) {
        for (FoundMention mention : mentions) {
            if (mention.end() == offset) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    /** The mention that starts at the offset, if any (the passes found them out of text order). */
    private Optional<FoundMention> mentionAt(int offset) {
        for (FoundMention mention : mentions) {
            if (mention.start() == offset) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    /**
     * "Hamilton, who popularised …" is a person; "Con Edison, which maintains …" is none. English relative
     * pronouns, "X and his son" and "the Carter administration" type a name only its shape or context typed.
     */
    private void relativeClauses() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            if (!weak(mention) && !(townName(mention) && text.startsWith(", who ", mention.end()))) {
                continue; // "Hamilton, who popularized …": a town's name, but a person's here
            }
            int first = scan.tokenFrom(mention.start());
            boolean determined = first > 0 && tokens.get(first).joinedToPrevious() && rules.isDeterminer(tokens.get(first - 1));
            if (text.startsWith(", who ", mention.end()) && (teamsClause(mention.end() + 6) || pluralVerbAfter(mention.end() + 6))) {
                mentions.set(m, typed(mention, EntityType.ORGANIZATION)); // "Urawa, who had won their previous four league games"
            } else if (text.startsWith(", who ", mention.end()) && !determined // "for the Flames, who have lost": a team
                    && !(mention.hint() == EntityType.LOCATION && mention.contextHint()) // "fishers from Strahan, who argued …"
                    || text.startsWith(" and his ", mention.end())
                    || text.startsWith(" and her ", mention.end())
                    || mention.tokenCount() == 1 && text.startsWith(" administration", mention.end())) {
                mentions.set(m, typed(mention, EntityType.PERSON));
            } else if (text.startsWith(", which ", mention.end()) && mention.hint() == null
                    && (mention.shapeType() == null || mention.shapeType() == EntityType.PERSON)) {
                mentions.set(m, typed(mention, EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * "Liverpool, who are second", "Brighton, who have won three in a row": a plural verb right after "who" speaks of
     * a team or a group, never of one person.
     */
    private boolean pluralVerbAfter(int offset) {
        return text.startsWith("are ", offset) || text.startsWith("have ", offset) || text.startsWith("were ", offset);
    }

    /**
     * A relative clause from {@code offset} to its comma or the sentence's end that speaks of "their" or "they" and
     * of the game (a sports word): a team's, not a person's.
     */
    private boolean teamsClause(int offset) {
        boolean plural = false;
        boolean sports = false;
        for (int k = scan.tokenFrom(offset); k < tokens.size() && tokens.get(k).joinedToPrevious(); k++) {
            String word = tokens.get(k).text();
            if (word.equals("his") || word.equals("her") || word.equals("he") || word.equals("she")) {
                return false;
            }
            plural |= word.equals("their") || word.equals("they");
            sports |= rules.isContextWord(ContextWord.SPORTS, scan.folded(k));
        }
        return plural && sports;
    }

    /** One word that the gazetteer has as a town or city, not a country or region: a surname too, often. */
    private static boolean townName(FoundMention mention) {
        GazetteerEntry place = mention.entry();
        return mention.tokenCount() == 1 && place != null && place.type() == EntityType.LOCATION
                && !GazetteerLoader.isCountryId(place.id()) && !GazetteerLoader.isRegionId(place.id());
    }

    /**
     * "… ,” Danin said." and "Forte said he expects …" are a person speaking, "Eskom said it would …" most
     * often a company. A lone unknown word before a speech verb is typed by what follows: the end of the clause,
     * a personal pronoun, an audience ("Lebed told reporters") or a known organisation after "told" ("Hicks told ABC
     * News"), a person; "it" or "its", an organisation. Context only: "Vendrell said it was safe"
     * still joins a Tomas Vendrell met in the same text. English only.
     */
    private void speakers() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            // "…,” Buchanan said": a town's name (not a country's, a region's or a major city's) right after the
            // quotation it speaks is a person's surname; nothing else known is retyped
            boolean quotedTown = townName(mention) && !speaksThroughItsGovernment(mention.entry()) && afterAQuotation(mention);
            if (evidence(mention) > 0 && !quotedTown || mention.tokenCount() != 1 || mention.surface().indexOf('\'') >= 0
                    || mention.surface().indexOf('’') >= 0) {
                continue;
            }
            int verb = scan.tokenFrom(mention.end());
            if (verb >= tokens.size() || !tokens.get(verb).joinedToPrevious() || tokens.get(verb).start() != mention.end() + 1
                    || rules.predicateType(tokens.get(verb)).orElse(null) != EntityType.PERSON) {
                continue;
            }
            int after = tokens.get(verb).end();
            char next = after < text.length() ? text.charAt(after) : '.';
            String word = verb + 1 < tokens.size() && tokens.get(verb + 1).joinedToPrevious() ? tokens.get(verb + 1).text() : "";
            if (quotedTown) {
                mentions.set(m, typed(mention, EntityType.PERSON, true));
            } else if (next == '.' || next == ',' || next == ';' || PERSONAL_PRONOUNS.contains(word)
                    || rules.isContextWord(ContextWord.AUDIENCE, Folding.fold(word)) || toldAnOutlet(verb)
                    || afterAQuotation(mention) && !text.startsWith(" in a statement", after)) {
                mentions.set(m, typed(mention, EntityType.PERSON, true));
            } else if (word.equals("it") || word.equals("its")) {
                mentions.set(m, typed(mention, EntityType.ORGANIZATION, true)); // "Eskom said it did not expect …"
            }
        }
    }

    /**
     * "… ,” Roark told a packed meeting", "… ,” Brugada said at a news conference": right after the quotation it
     * speaks, a lone name is a person; a company's quotation most often comes "in a statement".
     */
    private boolean afterAQuotation(FoundMention mention) {
        int at = mention.start();
        return at >= 3 && text.charAt(at - 1) == ' ' && "\"”".indexOf(text.charAt(at - 2)) >= 0
                && ",?!".indexOf(text.charAt(at - 3)) >= 0;
    }

    /** "Hicks told ABC News": "told" and then a known organisation, most often a news outlet. */
    private boolean toldAnOutlet(int verb) {
        return scan.folded(verb).equals("told") && verb + 1 < tokens.size() && tokens.get(verb + 1).joinedToPrevious()
                && mentionAt(tokens.get(verb + 1).start()).map(FoundMention::entry)
                        .filter(e -> e.type() == EntityType.ORGANIZATION).isPresent();
    }

    /**
     * "Vidyard announced updates to its platform", "Stack Overflow published its analysis": a name that a verb
     * and then "its" follow within a few words is a thing, most often a company, not a person ("his", "her").
     * A context hint, English only.
     */
    private void itsSubjects() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            if (evidence(mention) > 0 || mention.surface().endsWith("s'") || mention.surface().contains("'s")
                    || mention.surface().contains("’s")) {
                continue;
            }
            int k = scan.tokenFrom(mention.end());
            for (int n = 0; n < 6 && k < tokens.size() && tokens.get(k).joinedToPrevious()
                    && !Casing.isCapitalised(tokens.get(k).text()); n++, k++) {
                String word = tokens.get(k).text();
                if (n > 0 && word.equals("its")) {
                    mentions.set(m, typed(mention, EntityType.ORGANIZATION, true));
                    break;
                }
                if (PERSONAL_PRONOUNS.contains(word) || word.equals("it") || word.equals("their")) {
                    break;
                }
            }
        }
    }

    /**
     * "Arkwright was founded in 2011", "Lumen Forge, founded by two graduate students": bodies are founded, persons
     * born; and "Brightline slipped 2%": a listed firm's shares move. An unknown name that nothing typed, before such
     * words, is an organisation. A context hint, English.
     */
    private void foundedOrListed() {
        if (!commonWords.isEmpty()) {
            retypeWhere(m -> evidence(m) == 0 && (FOUNDED.matcher(text).region(m.end(), text.length()).lookingAt()
                    || SHARE_MOVE.matcher(text).region(m.end(), text.length()).lookingAt() && !afterACapitalisedWord(m)), EntityType.ORGANIZATION);
        }
    }

    /** A capitalised word right before the mention: it is a piece of a longer name ("the Russian | Trading System"). */
    private boolean afterACapitalisedWord(FoundMention mention) {
        int first = scan.tokenFrom(mention.start());
        return first > 0 && tokens.get(first).joinedToPrevious() && Casing.isCapitalised(tokens.get(first - 1).text());
    }

    /**
     * "Harvest, a Melbourne meal-kit company", "Hope, a town of about 6,000", "Ng Wei Lun, a 29-year-old
     * lawyer": the noun heading an apposition right after an unknown name tells its type. English only (an
     * article opens it); the noun is the last word before a comma, a period or a preposition.
     */
    private void appositions() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m < mentions.size(); m++) {
            FoundMention mention = mentions.get(m);
            if (weak(mention)) {
                Optional<EntityType> type = scan.appositionAfter(mention.end());
                if (type.isPresent()) {
                    mentions.set(m, typed(mention, type.get()));
                }
            }
        }
    }

    /**
     * "Bruno Rezende, known as Bruninho", "the Ghana Cocoa Board, known as Cocobod", "Stuart McAllister, known to fans
     * as Stuey": the other name of a name is of its kind. English.
     */
    private void knownAs() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m + 1 < mentions.size(); m++) {
            FoundMention named = mentions.get(m);
            EntityType type = named.typeSoFar();
            if (type == null || type == EntityType.MISC) {
                continue;
            }
            if (!text.startsWith(", ", named.end())) {
                continue;
            }
            Matcher alias = KNOWN_AS.matcher(text).region(named.end(), Math.min(text.length(), named.end() + 60));
            if (alias.lookingAt()) {
                mentionAt(alias.end()).filter(ContextPasses::weak)
                        .ifPresent(other -> mentions.set(mentions.indexOf(other), typed(other, type)));
            }
        }
    }

    /**
     * "Bolt and Uber", "Tilehurst and Calcot", "Edo, Ondo and Bauchi": names joined by "and" or "or" (or
     * listed before one) are most often of one kind, so a name only its shape typed takes the type of a
     * known or cued neighbour.
     */
    private void coordinations() {
        for (int pass = 0; pass < 2; pass++) {
            for (int m = 0; m + 1 < mentions.size(); m++) {
                FoundMention left = mentions.get(m);
                FoundMention right = mentions.get(m + 1);
                if (evidence(left) == evidence(right) || !coordinated(m)) {
                    continue;
                }
                boolean leftStronger = evidence(left) > evidence(right);
                if (!leftStronger && speakerOpeningTheSentence(left)) {
                    continue; // "Erdem, Bozüyük ve Pazaryeri'ndeki ocakların … anlattı.": the speaker, then the places he names
                }
                FoundMention strong = leftStronger ? left : right;
                EntityType type = strong.entry() != null ? strong.entry().type() : strong.hint();
                if (type == EntityType.MISC) {
                    continue;
                }
                mentions.set(leftStronger ? m + 1 : m, typed(leftStronger ? right : left, type, evidence(strong) == 1));
            }
        }
    }

    /** A Turkish sentence's opener before a comma that its verb of speech typed a person (the speaker's surname). */
    private boolean speakerOpeningTheSentence(FoundMention mention) {
        int first = scan.tokenFrom(mention.start());
        return !scan.inflections.isEmpty() && mention.entry() == null && mention.hint() == EntityType.PERSON && mention.contextHint()
                && tokens.get(first).sentenceInitial() && text.startsWith(",", mention.end())
                && !(mention.start() > 0 && "\"“'‘«".indexOf(text.charAt(mention.start() - 1)) >= 0); // a quotation's list of places
    }

    /** 2: known, or typed by a cue; 1: typed by its context only ("in X"); 0: by its shape only. */
    private static int evidence(FoundMention mention) {
        return !weak(mention) ? 2 : mention.hint() != null ? 1 : 0;
    }

    /** Mention {@code m} and the next are joined by a conjunction, or by a comma in a list a conjunction ends. */
    private boolean coordinated(int m) {
        String gap = text.substring(mentions.get(m).end(), mentions.get(m + 1).start());
        if (CONJUNCTION_GAP.matcher(gap).matches()) {
            return true;
        }
        // "Dhemaji, Lakhimpur, Morigaon and Golaghat": commas go on until the conjunction that ends the list
        for (int k = m + 1; gap.equals(", ") && k + 1 < mentions.size(); k++) {
            gap = text.substring(mentions.get(k).end(), mentions.get(k + 1).start());
            if (CONJUNCTION_GAP.matcher(gap).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sioux Falls, South Dakota", "Skykomish, Oregon": a name qualified by the region or country it lies in is
     * a place, even an unknown one. The two stay two mentions, as news annotation has it (CoNLL, OntoNotes;
     * datelines: "SEOUL, South Korea"). Turkish writes the case suffix on the qualifier ("Gemlik, Bursa'da")
     * and lists places that way, so only parts without a suffix count.
     */
    private void qualifiedPlaces() {
        for (int m = mentions.size() - 2; m >= 0; m--) {
            FoundMention place = mentions.get(m);
            FoundMention region = mentions.get(m + 1);
            if (place.entry() != null || place.hint() != null || !MentionScan.isRegion(region.entry()) || hasSuffix(place)
                    || hasSuffix(region) || !text.substring(place.end(), region.start()).strip().equals(",")
                    || runsOn(region.end())) {
                continue;
            }
            mentions.set(m, new FoundMention(place.start(), place.end(), place.surface(), place.key(), place.name(),
                    place.tokenCount(), place.lastWordKey(), EntityType.LOCATION, null, null, false));
        }
    }

    /**
     * "University of Hawaii at Manoa", "University of California, San Diego": the campus of a state's or region's
     * university named after it, by "at" or a comma, is part of the university's name (not where a list of places
     * goes on). English.
     */
    private void campusesOfAUniversity() {
        joinPairsWhere(this::campusOf);
    }

    private boolean campusOf(FoundMention university, FoundMention campus) {
        // the cheap tests first: this runs for every two neighbouring mentions of an English text
        if (!university.surface().startsWith(UNIVERSITY_OF) || university.typeSoFar() != EntityType.ORGANIZATION || hasSuffix(university)
                || campus.typeSoFar() != EntityType.LOCATION) {
            return false;
        }
        String gap = text.substring(university.end(), campus.start());
        String after = text.substring(campus.end(), Math.min(text.length(), campus.end() + 5));
        return (gap.equals(" at ") || gap.equals(", ")) && !(gap.equals(", ") && (after.startsWith(" and ") || after.startsWith(", ")
                || after.startsWith(" or "))) && scan.namesARegion(university.surface().substring(UNIVERSITY_OF.length()));
    }

    /** Joins each pair of neighbouring mentions that the test picks into one organisation's mention, from the right. English. */
    private void joinPairsWhere(BiPredicate<FoundMention, FoundMention> test) {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = mentions.size() - 2; m >= 0; m--) {
            if (test.test(mentions.get(m), mentions.get(m + 1))) {
                mentions.set(m, joined(mentions.get(m), mentions.get(m + 1), EntityType.ORGANIZATION));
                mentions.remove(m + 1);
            }
        }
    }

    /** One mention of the given type from the first mention's start to the last one's end, unknown to the gazetteer. */
    private FoundMention joined(FoundMention first, FoundMention last, EntityType type) {
        String surface = text.substring(first.start(), last.end());
        return new FoundMention(first.start(), last.end(), surface, Folding.key(surface), surface,
                scan.tokenFrom(last.end()) - scan.tokenFrom(first.start()), last.lastWordKey(), type, null, null, false);
    }

    /**
     * "Raymond "Buck" Ostrander", "Kwabena "Papa Guitar" Ofori": a given name (or a name typed a person's), a
     * nickname of up to three capitalised words in quotation marks and a surname are one person's name, the nickname
     * inside (CoNLL, OntoNotes).
     */
    private void nicknamesInQuotes() {
        for (int m = mentions.size() - 1; m >= 0; m--) {
            FoundMention given = mentions.get(m);
            int first = scan.tokenFrom(given.start());
            Matcher nickname = NICKNAME_IN_QUOTES.matcher(text).region(given.end(), text.length());
            if (given.tokenCount() != 1 || hasSuffix(given) || !nickname.lookingAt()
                    || !rules.isGivenName(tokens.get(first)) && given.typeSoFar() != EntityType.PERSON) {
                continue;
            }
            int surnameAt = nickname.end();
            int last = m + 1;
            while (last < mentions.size() && mentions.get(last).start() < surnameAt) {
                last++; // the nickname's own mentions
            }
            if (last >= mentions.size() || mentions.get(last).start() != surnameAt || mentions.get(last).typeSoFar() == EntityType.ORGANIZATION) {
                continue;
            }
            mentions.set(m, joined(given, mentions.get(last), EntityType.PERSON));
            mentions.subList(m + 1, last + 1).clear();
        }
    }

    /**
     * "Ontario NDP", "Yukon NDP": a known place right before an organisation's acronym, and nothing else, names the
     * place's branch of that body, one organisation (news annotation never splits them). English.
     */
    private void placesBeforeTheirBodysAcronym() {
        joinPairsWhere((place, body) -> place.entry() != null && place.entry().type() == EntityType.LOCATION && !hasSuffix(place)
                && body.tokenCount() == 1 && body.typeSoFar() == EntityType.ORGANIZATION && Casing.isAllUpper(body.surface(), 2)
                && text.substring(place.end(), body.start()).equals(" "));
    }

    /**
     * "Darren Kinsella, of Rathfarnham Road, Terenure, pleaded …": in an address the name after a street, between
     * commas, is the district or town it lies in. English.
     */
    private void placesAfterAStreet() {
        if (commonWords.isEmpty()) {
            return;
        }
        for (int m = 0; m + 1 < mentions.size(); m++) {
            FoundMention street = mentions.get(m);
            FoundMention place = mentions.get(m + 1);
            if (!weak(place) || street.typeSoFar() != EntityType.LOCATION || street.tokenCount() < 2
                    || !rules.isContextWord(ContextWord.STREET, street.lastWordKey())
                    || !text.substring(street.end(), place.start()).equals(", ")
                    || !(text.startsWith(",", place.end()) || text.startsWith(".", place.end()))) {
                continue;
            }
            mentions.set(m + 1, typed(place, EntityType.LOCATION));
        }
    }

    /**
     * Whether the sentence runs on after a place with a word that is no stop word: "Tarkan, Almanya turnesinin
     * ilk konserini" names a singer and a tour of a country, not a place in Germany.
     */
    private boolean runsOn(int offset) {
        int start = offset;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > start && Character.isLowerCase(text.charAt(start))
                && !stopwords.contains(Folding.fold(text.substring(start, end)));
    }

    private boolean hasSuffix(FoundMention mention) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) { // the token that ends the mention
            int mid = (low + high) >>> 1;
            int end = tokens.get(mid).end();
            if (end == mention.end()) {
                return tokens.get(mid).hasSuffix();
            }
            if (end < mention.end()) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }
}

package io.newspipe.enricher.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.enricher.TestEnrichers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private final EntityRecognizer recognizer = TestEnrichers.recognizer();

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    /** The type of the entity named so; fails when there is none. */
    private static EntityType typeOf(List<Entity> entities, String name) {
        return named(entities, name).map(Entity::type)
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + names(entities)));
    }

    @Test
    void turkishSuffixesAreLookedUpByTheirStemAndMentionsCoverTheWholeWord() {
        String text = "Rusya'nın ve Belarus’un liderleri Minsk’te görüştü. ABD’nin tepkisi Lukaşenko’nun açıklamasından sonra geldi.";
        List<Entity> entities = recognizer.recognize(text, null, "tr");
        assertThat(named(entities, "Russia").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Rusya'nın");
        assertThat(named(entities, "Belarus").orElseThrow().id()).isEqualTo("loc:country:BY");
        assertThat(named(entities, "Minsk").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Minsk’te");
        assertThat(named(entities, "United States").orElseThrow().id()).isEqualTo("loc:country:US");
        assertThat(named(entities, "Alexander Lukashenko").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void capitalisedSentenceOpenersAreNotEntities() {
        List<Entity> en = recognizer.recognize("According to officials, the talks went well. Meanwhile nothing changed. "
                + "Several ministers left. Yesterday Putin spoke.", null, "en");
        assertThat(names(en)).containsExactly("Vladimir Putin");
        List<Entity> tr = recognizer.recognize("Kritik görüşmede anlaşma sağlandı. Ayrıca yeni adımlar atılacak.", null, "tr");
        assertThat(tr).isEmpty();
    }

    @Test
    void aTurkishTypeWordWithoutItsPossessiveOpensNoNameButADistrictBeforeItsUnitIsOne() {
        List<Entity> tr = recognizer.recognize("Belediye ekipleri yolu asfaltladı. Kulüp yönetimi kararı açıkladı. "
                + "Mahalle sakinleri tepki gösterdi. Köşk ilçesine bağlı köyde hasat başladı.", null, "tr");
        assertThat(names(tr)).containsExactly("Köşk");
        assertThat(typeOf(tr, "Köşk")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void turkishOpenersColoursAndTheNationalSidesLetter() {
        List<Entity> colours = recognizer.recognize("Siyah-beyazlı takımın golünü Sergen Yalçın attı. "
                + "Bordo-mavili kulübün başkanı konuştu.", null, "tr");
        assertThat(names(colours)).containsExactly("Sergen Yalçın"); // a club's colours name no club
        List<Entity> side = recognizer.recognize("Teknik direktör, A Milli Takım'ın kadrosunu açıkladı.", null, "tr");
        assertThat(named(side, "A Milli Takım").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> openers = recognizer.recognize("Haftanın diğer maçında Erokspor kazandı. Sanığın avukatı itiraz etti. "
                + "Aracı kurumlar temkinli. Kosova Başbakanı konuştu.", null, "tr");
        assertThat(openers).extracting(Entity::type).containsOnly(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC);
        assertThat(openers).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::id).containsExactly("loc:country:XK");
    }

    @Test
    void countriesAndStatesByTheirShortNamesAndAFirmsUnitIsTheFirms() {
        List<Entity> en = recognizer.recognize("The UAE and a drilling firm in Berlin, Pa., signed the deal. "
                + "S&P Global Ratings and AT&T's lawyers said Del Monte would wait.", null, "en");
        assertThat(named(en, "United Arab Emirates").orElseThrow().id()).isEqualTo("loc:country:AE");
        assertThat(named(en, "Pennsylvania").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Pa.");
        assertThat(typeOf(en, "S&P Global Ratings")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(en, "AT&T")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(en)).doesNotContain("Delaware");
        List<Entity> tr = recognizer.recognize("Bakan, BAE'nin başkenti Abu Dabi'de görüştü.", null, "tr");
        assertThat(named(tr, "United Arab Emirates").orElseThrow().mentions()).extracting(Mention::text).containsExactly("BAE'nin");
    }

    @Test
    void lowerCaseParticlesOpenASurnameWrittenWithoutTheGivenName() {
        List<Entity> en = recognizer.recognize("Degenkolb touched shoulders with van der Poel, and Lars von Trier watched "
                + "the Tour de France.", null, "en");
        assertThat(named(en, "Mathieu van der Poel").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("van der Poel");
        assertThat(named(en, "Poel")).isEmpty();
        assertThat(names(en)).doesNotContain("de France");
    }

    @Test
    void aPlaceWithAnAgeIsAPersonAndAnOpenerBeforeAKnownNameAndAnOfficeIsNoPartOfIt() {
        List<Entity> aged = recognizer.recognize("Hamilton, 23, finished one point ahead.", null, "en");
        assertThat(typeOf(aged, "Hamilton")).isEqualTo(EntityType.PERSON); // a place has no age
        List<Entity> former = recognizer.recognize("Former U.S. Senator George Mitchell chaired the talks. "
                + "Agriculture Canada issued warnings.", null, "en");
        assertThat(named(former, "United States").orElseThrow().mentions()).extracting(Mention::text).containsExactly("U.S.");
        assertThat(typeOf(former, "Agriculture Canada")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aFirmNamedByItsPartnersWithCommasAndAnAmpersandIsOne() {
        List<Entity> partners = recognizer.recognize("The architecture firm Skidmore, Owings & Merrill in Chicago designed it.", null, "en");
        assertThat(typeOf(partners, "Skidmore, Owings & Merrill")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(partners, "Chicago")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCapitalsHeadlineNamesKnownSurnamesAndARiderIsFollowedByHisTeam() {
        List<Entity> headline = recognizer.recognize("MOTOR RACING - SCHUMACHER WINS AT MONZA AS HILL CRASHES OUT.", null, "en");
        assertThat(typeOf(headline, "SCHUMACHER")).as("a known person's surname").isEqualTo(EntityType.PERSON);
        assertThat(names(headline)).as("'hill' is an everyday word").doesNotContain("HILL");
        List<Entity> soccer = recognizer.recognize("SOCCER - NEWCASTLE BEAT LEEDS AS ENGLAND WAIT", null, "en");
        assertThat(typeOf(soccer, "NEWCASTLE")).as("a town in a line a team sport heads").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(soccer, "England")).as("a national side stays a place").isEqualTo(EntityType.LOCATION);
        List<Entity> results = recognizer.recognize("2. Tony Rominger (Switzerland) Mapei same time\n"
                + "3. Mika Hakkinen (Finland) McLaren 1 minute 6.0 seconds behind", null, "en");
        assertThat(typeOf(results, "Mapei")).as("the name after a rider's country is his team's").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(results, "McLaren")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(results, "Switzerland")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aHeadlineInCapitalsNamesOnlyWhatIsKnownOrCued() {
        String text = "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\nJapan beat Syria 2-1 in Al Ain on Friday.";
        List<Entity> entities = recognizer.recognize(text, null, "en");
        assertThat(typeOf(entities, "Japan")).isEqualTo(EntityType.LOCATION);
        assertThat(named(entities, "Japan").orElseThrow().mentions()).hasSize(2);
        assertThat(typeOf(entities, "China")).isEqualTo(EntityType.LOCATION);
        assertThat(names(entities)).doesNotContain("SOCCER", "GET LUCKY WIN", "SURPRISE DEFEAT", "LUCKY WIN");
    }

    @Test
    void resultsTablesNameScorersBatsmenAndPlayersBeforeTheirCountry() {
        List<Entity> results = recognizer.recognize("Barnsley 2 (Hendrie 30, Wilkinson 67) Oldham 1 (Barlow 55). Attendance: 8,113\n"
                + "India 173 for two (Gandharva 68 not out, Mongia 45)\nSteffi Graf (Germany) beat Jana Novakova (Czech Republic) 7-6 6-4", null, "en");
        assertThat(typeOf(results, "Barnsley")).as("a side of a result with its scorers").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(results, "Oldham")).isEqualTo(EntityType.ORGANIZATION);
        for (String player : List.of("Hendrie", "Wilkinson", "Barlow", "Gandharva", "Mongia", "Steffi Graf", "Jana Novakova")) {
            assertThat(typeOf(results, player)).as(player).isEqualTo(EntityType.PERSON);
        }
        assertThat(typeOf(results, "Czechia")).as("a country in brackets, by its older name").isEqualTo(EntityType.LOCATION);
        List<Entity> line = recognizer.recognize("Derby 1 Leeds 1\nManchester United 2 Wimbledon 0", null, "en");
        assertThat(typeOf(line, "Derby")).as("an everyday word with a goal count in a results line").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(line, "Wimbledon")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> scorecard = recognizer.recognize("Saeed Anwar c Germon b Doull 44\nIjaz Ahmed lbw b Cairns 12\nMoin Khan not out 20\n"
                + "Bowling: Vettorelli 10-0-52-3, Astle 9.3-1-40-1", null, "en");
        for (String player : List.of("Saeed Anwar", "Germon", "Doull", "Ijaz Ahmed", "Cairns", "Moin Khan", "Vettorelli", "Astle")) {
            assertThat(typeOf(scorecard, player)).as("on a cricket scorecard: " + player).isEqualTo(EntityType.PERSON);
        }
        assertThat(recognizer.recognize("The plan b Smith wrote is on page 44 of the report.", null, "en")).extracting(Entity::type)
                .as("a lone letter before a name, on a line that ends in no runs").doesNotContain(EntityType.PERSON);
        List<Entity> basketball = recognizer.recognize("Chicago 102 Detroit 95", null, "en");
        assertThat(typeOf(basketball, "Chicago")).as("a side of a basketball result").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(basketball, "Detroit")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> table = recognizer.recognize("SOCCER - SPANISH STANDINGS .\nValencia 12 6 3 3 19 14 21\n3. Sevilla 12 6 2 4 17-15 20\n"
                + "Germany 4 3 1 0 10 3 10\nThe votes in Cordoba were 12 6 3 3 19 14 21", null, "en");
        assertThat(typeOf(table, "Valencia")).as("a name opening a row of a league table").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(table, "Sevilla")).as("after its rank, goals written for-against").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(table, "Germany")).as("a national side stays its country").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(table, "Córdoba")).as("numbers after a name inside a sentence are no table").isEqualTo(EntityType.LOCATION);
        assertThat(recognizer.recognize("It plays more titles than the PlayStation 4 Pro.", null, "en")).extracting(Entity::type)
                .doesNotContain(EntityType.ORGANIZATION);
        assertThat(recognizer.recognize("The rule is in the treaty (Article 5).", null, "en")).extracting(Entity::type)
                .as("one name and a number in brackets, after no score").doesNotContain(EntityType.PERSON);
    }

    @Test
    void aLineInCapitalsHoldsKnownNamesAndTheNamesOfItsText() {
        List<Entity> entities = recognizer.recognize("SOCCER - SHEARER SCORES AGAINST OLD CLUB AS JUVENTUS WIN OVER MANCHESTER UNITED.\n"
                + "Alan Shearer scored twice.", null, "en");
        assertThat(names(entities)).contains("Juventus", "Manchester United").doesNotContain("SOCCER", "OLD CLUB");
        assertThat(named(entities, "Alan Shearer").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("SHEARER", "Alan Shearer");
        List<Entity> known = recognizer.recognize("NETANYAHU AND ARAFAT MEET FOR FIRST TIME\nYasser Arafat met Benjamin Netanyahu.", null, "en");
        assertThat(known.stream().filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.mentions().stream()).map(Mention::text))
                .contains("ARAFAT", "NETANYAHU");
    }

    @Test
    void aTitleCaseHeadlineOpenedByAGivenNameIsNoPersonButANameLineIs() {
        List<Entity> headline = recognizer.recognize("Kenya Raises Fuel Prices as Shilling Comes Under Pressure", null, "en");
        assertThat(names(headline)).containsExactly("Kenya");
        assertThat(typeOf(recognizer.recognize("Cristina Fernández de Kirchner", null, "en"), "Cristina Fernández de Kirchner"))
                .isEqualTo(EntityType.PERSON);
        assertThat(names(recognizer.recognize("Bank of Japan Raises Rates for Second Time After Yen Slides", null, "en")))
                .as("a known name does not run on into the headline's words").containsExactly("Bank of Japan");
        assertThat(names(recognizer.recognize("Northvale Logistics Shares Jump After Surprise Profit", null, "en")))
                .as("an unknown name with a head, cut at the everyday word after it").containsExactly("Northvale Logistics");
        assertThat(names(recognizer.recognize("SEC Charges Connecticut Fund Manager With Fraud", null, "en")))
                .as("in a headline 'Manager' is no title and 'Fund' no employer").doesNotContain("Fund", "Fraud");
        assertThat(names(recognizer.recognize("Moody's Lowers Outlook on Kenya as Debt Costs Rise", null, "en")))
                .as("a firm named with 's").contains("Moody's", "Kenya");
        assertThat(names(recognizer.recognize("Wolverhampton 1 (Bull 88) Sheffield United 1 (Fjortoft 60)", null, "en")))
                .as("a results line is no headline").contains("Sheffield United");
    }

    @Test
    void namesWithAGoalCountEachAreTheSidesOfAResult() {
        List<Entity> entities = recognizer.recognize("Results: Leeds 0 Manchester United 3, Everton 1 Wolverhampton 1. "
                + "Leeds has 812 000 people and Wolverhampton 2 hospitals.", null, "en");
        assertThat(typeOf(entities, "Leeds")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Wolverhampton")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> prose = recognizer.recognize("Turnout in Leeds 3 percent higher than in Wolverhampton 2 years ago.", null, "en");
        assertThat(typeOf(prose, "Leeds")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void germanNounsAreNoNamesThoughCapitalised() {
        List<Entity> entities = recognizer.recognize("Die Polizei in München hat am Montag einen Mann festgenommen, "
                + "teilte das Bayerische Landeskriminalamt mit.", null, "de");
        assertThat(names(entities)).containsExactlyInAnyOrder("Munich", "Bayerische Landeskriminalamt");
        assertThat(typeOf(entities, "Bayerische Landeskriminalamt")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void romanceNamesPutTheirTypeWordFirst() {
        List<Entity> es = recognizer.recognize("El Ministerio de Sanidad y el Real Betis firmaron un acuerdo en el Estadio Benito Villamarín.", null, "es");
        assertThat(typeOf(es, "Ministerio de Sanidad")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(es, "Real Betis")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(es, "Estadio Benito Villamarín")).isEqualTo(EntityType.LOCATION);
        List<Entity> it = recognizer.recognize("Un gruppo dell'Università di Padova guidato da Francesca Lo Presti ha lavorato a Saint-Vincent.", null, "it");
        assertThat(typeOf(it, "Università di Padova")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(it, "Francesca Lo Presti")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(it, "Saint-Vincent")).isEqualTo(EntityType.LOCATION);
        List<Entity> fr = recognizer.recognize("Le Conseil d'État a rejeté le recours.", null, "fr");
        assertThat(named(fr, "Conseil d'État").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Conseil d'État");
        // a type word first takes connectors after other words too; lower-case adjectives right after it belong to the name
        List<Entity> pt = recognizer.recognize("Segundo o Instituto Nacional de Estatística, o preço subiu.", null, "pt");
        assertThat(typeOf(pt, "Instituto Nacional de Estatística")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> bce = recognizer.recognize("I dati della Banca centrale europea sono stati pubblicati.", null, "it");
        assertThat(typeOf(bce, "Banca centrale europea")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void twoGivenNamesJoinedByAHyphenAreAGivenName() {
        assertThat(typeOf(recognizer.recognize("Selon Jean-Samuel Eynard, la filière est en crise.", null, "fr"), "Jean-Samuel Eynard"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("The report by Hans-Georg Vlatković was published.", null, "en"), "Hans-Georg Vlatković"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void withoutAWordListTwoCapitalisedWordsAreNoPersonByShapeAlone() {
        // Turkish names organisations with head words, so two plain capitalised words there are a person; Spanish
        // names them with words a list does not have ("Comisiones Obreras", "Hermandades Rurales"): a person needs a given name or a surname.
        assertThat(typeOf(recognizer.recognize("El sindicato Hermandades Rurales pidió garantías.", null, "es"), "Hermandades Rurales"))
                .isEqualTo(EntityType.MISC);
        assertThat(typeOf(recognizer.recognize("Toplantıya Serkan Doğanay katıldı.", null, "tr"), "Serkan Doğanay"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void anInstitutionAnotherPlaceOwnsIsNotTheGazetteersOne() {
        List<Entity> brazil = recognizer.recognize("Brazil's Supreme Court ordered the suspension of the platform.", null, "en");
        assertThat(named(brazil, "Supreme Court").orElseThrow().id()).startsWith(EntityRecognizer.UNKNOWN_ID_PREFIX);
        assertThat(typeOf(brazil, "Supreme Court")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> us = recognizer.recognize("The U.S. Supreme Court ruled on Friday.", null, "en");
        assertThat(us).extracting(Entity::id).containsExactly("org:supreme-court-of-the-united-states");
    }

    @Test
    void anAbbreviatedTitleInCapitalsIsAnAcronym() {
        List<Entity> entities = recognizer.recognize("Aid reached DR Congo, the Democratic Republic of Congo, on Monday.", null, "en");
        assertThat(entities).extracting(Entity::id).containsExactly("loc:country:CD");
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("DR Congo", "Democratic Republic of Congo");
        assertThat(typeOf(recognizer.recognize("SNP MSP Fiona McInnes said so.", null, "en"), "Fiona McInnes")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTurkishOpenerInTheLocativeIsNoPartOfTheNameAfterIt() {
        assertThat(names(recognizer.recognize("Maçta Kırkağaç Gençlikspor rakibini 3-0 yendi.", null, "tr")))
                .containsExactly("Kırkağaç Gençlikspor");
        // office words joined by "ve" before the title are the title's
        assertThat(names(recognizer.recognize("Törende Kültür ve Turizm Bakanı Mehmet Nuri Ersoy konuştu.", null, "tr")))
                .containsExactly("Mehmet Nuri Ersoy");
        assertThat(typeOf(recognizer.recognize("Uşakspor Başkanı Nurettin Akçay konuştu.", null, "tr"), "Uşakspor"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void givenNamesBeforeATownAreOnePersonWhoseSurnameTheTownHasToo() {
        // Karataş is a district of Adana
        List<Entity> entities = recognizer.recognize("Takımdan ayrılan Yiğit Ozan Karataş, Erzurumspor ile anlaştı.", null, "tr");
        assertThat(typeOf(entities, "Yiğit Ozan Karataş")).isEqualTo(EntityType.PERSON);
        assertThat(names(entities)).doesNotContain("Karataş");
        // a town of the generated layer before a listed surname is a given name the lists lack
        assertThat(typeOf(recognizer.recognize("The prize went to Fresno Okafor, who lives in Denver.", null, "en"),
                "Fresno Okafor")).isEqualTo(EntityType.PERSON);
        // a town after a place name stays a town
        assertThat(typeOf(recognizer.recognize("Adana'nın Karataş ilçesinde sel oldu.", null, "tr"), "Karataş"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void utilitiesAreasSeatsAndHolidays() {
        List<Entity> entities = recognizer.recognize("Residents were told to boil water, Coliban Water said. Most lived in the "
                + "Kibwezi Mahiu area, in the seat of Wentworth. The Department of Water and Sanitation opened the gates "
                + "before Christmas.", null, "en");
        assertThat(typeOf(entities, "Coliban Water")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Kibwezi Mahiu")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Wentworth")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Department of Water and Sanitation")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(entities)).doesNotContain("Christmas");
    }

    @Test
    void anAdministrationIsItsPresidentsAndNeeNamesABirthName() {
        assertThat(typeOf(recognizer.recognize("He was an adviser in the Carter administration.", null, "en"), "Carter"))
                .isEqualTo(EntityType.PERSON);
        // a known name keeps its type; and "US" opening a sentence is no pronoun "us"
        List<Entity> known = recognizer.recognize("The US administration and the Labour administration disagreed.", null, "en");
        assertThat(typeOf(known, "United States")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(known, "Labour Party")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Rothman reached Ellen Gille, née Fetter, by phone.", null, "en"), "Fetter"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLoneCapitalisedInstitutionNounIsAnOrganisationButTheGovernmentIsNot() {
        List<Entity> entities = recognizer.recognize("Hicks, a Navy veteran, wrote to Parliament. The Government said "
                + "the Police would reply.", null, "en");
        assertThat(typeOf(entities, "Navy")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Parliament")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities.stream().filter(e -> e.name().equals("Government") || e.name().equals("Police")).map(Entity::type))
                .doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void aTownsNameFollowedByWhoIsAPerson() {
        List<Entity> entities = recognizer.recognize("Hamilton, who popularized the term, later led the team. "
                + "Two years after Hamilton first stepped on campus, Fetter arrived.", null, "en");
        Entity hamilton = named(entities, "Hamilton").orElseThrow();
        assertThat(hamilton.type()).isEqualTo(EntityType.PERSON);
        assertThat(hamilton.mentions()).hasSize(2);
        assertThat(typeOf(recognizer.recognize("Jordan, who borders Israel, said so.", null, "en"), "Jordan"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownNameRunsOnOverATitleWordInsideIt() {
        List<Entity> entities = recognizer.recognize("Refugees returned home, the United Nations High Commissioner for Refugees said.", null, "en");
        assertThat(entities).extracting(Entity::id).contains("org:unhcr");
        assertThat(named(entities, "UNHCR").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("United Nations High Commissioner for Refugees");
        // an unknown name before a title is still cut there
        assertThat(typeOf(recognizer.recognize("Ministry spokesman Lars Quist said so.", null, "en"), "Lars Quist"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSentenceOpenerSeenCapitalisedMidSentenceIsAName() {
        List<Entity> entities = recognizer.recognize("Zorbanov spoke first. Later the minister thanked Zorbanov.", null, "en");
        assertThat(named(entities, "Zorbanov").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void titlesMarkPersonsAndDoNotBecomePartOfTheName() {
        List<Entity> entities = recognizer.recognize(
                "The meeting was chaired by Foreign Minister Ivo Kardelan and Prime Minister Mara Ostrowska.", null, "en");
        assertThat(names(entities)).containsExactlyInAnyOrder("Ivo Kardelan", "Mara Ostrowska");
        assertThat(entities).allMatch(e -> e.type() == EntityType.PERSON);
        List<Entity> tr = recognizer.recognize("Toplantıya Dışişleri Bakanı Ivo Kardelan katıldı.", null, "tr");
        assertThat(names(tr)).containsExactly("Ivo Kardelan");
        List<Entity> court = recognizer.recognize("Duruşmada sanık Kurtay'ın avukatı karara itiraz etti.", null, "tr");
        assertThat(typeOf(court, "Kurtay")).as("a defendant's surname alone, after the role").isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("Polis, olay yerinde inceleme yaptığını söyledi.", null, "tr"))
                .as("a common noun opening the sentence, though a known person's surname (Jared Polis)").isEmpty();
        List<Entity> counsel = recognizer.recognize("Beşiktaş'taki duruşmaya Karabıyıklı'nın avukatı Nilgün Sarıkaya katıldı.", null, "tr");
        assertThat(typeOf(counsel, "Karabıyıklı")).as("a name in the genitive before its counsel").isEqualTo(EntityType.PERSON);
    }

    @Test
    void cueWordsTypeUnknownNames() {
        List<Entity> entities = recognizer.recognize(
                "The Zentrika Agency reported that the Voltari system was tested near Kesmar city.", null, "en");
        assertThat(named(entities, "Zentrika Agency").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Voltari").orElseThrow().type()).isEqualTo(EntityType.MISC);
        assertThat(named(entities, "Kesmar").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void unknownNamesGetTheSameIdInEveryLanguageThatSpellsThemAlike() {
        Entity turkish = named(recognizer.recognize("Bakan Oğuzhan Şahinbaş Ankara’da konuştu.", null, "tr"), "Oğuzhan Şahinbaş").orElseThrow();
        Entity english = named(recognizer.recognize("Minister Oguzhan Shahinbash spoke in Ankara.", null, "en"), "Oguzhan Shahinbash").orElseThrow();
        assertThat(turkish.id()).isEqualTo(english.id()).isEqualTo("name:oguzhan-shahinbash");
        assertThat(turkish.qid()).isNull();
    }

    @Test
    void aLoneSurnameJoinsTheFullNameOfTheSameArticle() {
        List<Entity> entities = recognizer.recognize("Mayor Tomas Vendrell opened the bridge. Vendrell said it was safe.", null, "en");
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("Tomas Vendrell", "Vendrell");
    }

    @Test
    void particlesStayInsideNamesButTurkishConjunctionsDoNot() {
        assertThat(names(recognizer.recognize("He met Ursula von der Leyen in Brussels.", null, "en")))
                .containsExactlyInAnyOrder("Ursula von der Leyen", "Brussels");
        assertThat(names(recognizer.recognize("Bunu Putin de Rusya ile birlikte söyledi.", null, "tr")))
                .containsExactlyInAnyOrder("Vladimir Putin", "Russia");
    }

    @Test
    void aCueWordDoesNotOverruleAnExactAlias() {
        assertThat(recognizer.recognize("Leaders met at an EU summit.", null, "en"))
                .extracting(Entity::id).containsExactly("org:eu");
    }

    @Test
    void demonymsAreNotNames() {
        List<Entity> entities = recognizer.recognize("Belaruslu pilotlar ve Rusyalı uzmanlar. The Belarusian and Russian pilots.", null, null);
        assertThat(entities).isEmpty();
        assertThat(names(recognizer.recognize("Argentine President Javier Milei arrived in Madrid.", null, "en")))
                .as("French names of countries that are English demonyms are no aliases").containsExactlyInAnyOrder("Javier Milei", "Madrid");
        assertThat(names(recognizer.recognize("La demanda crece en Estados Unidos y Japón.", null, "es"))).contains("Japan");
    }

    @Test
    void knownNamesInsideLongerRunsAndAcronymsAreFound() {
        List<Entity> entities = recognizer.recognize("The NATO summit in St. Petersburg was discussed by the EU.", null, "en");
        assertThat(names(entities)).containsExactlyInAnyOrder("NATO", "Saint Petersburg", "European Union");
    }

    @Test
    void theTitleRaisesSalience() {
        String text = "Talks were held in Minsk. Officials from Poland attended.";
        double poland = named(recognizer.recognize(text, "Poland joins talks", "en"), "Poland").orElseThrow().salience();
        double minsk = named(recognizer.recognize(text, "Poland joins talks", "en"), "Minsk").orElseThrow().salience();
        assertThat(poland).as("named in the title, though mentioned later").isGreaterThan(minsk);
    }

    @Test
    void aSentenceOpenerThatIsNoEverydayWordIsAName() {
        List<Entity> entities = recognizer.recognize("Yesenin said the reading was over. Yesterday it rained. "
                + "Zimmerman said little. Dana Quorvell said more.", null, "en");
        assertThat(named(entities, "Yesenin")).as("an opener that is no everyday word is a name; alone, no person for 'said'")
                .get().extracting(Entity::type).isEqualTo(EntityType.MISC);
        assertThat(typeOf(entities, "Zimmerman")).as("a surname").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Dana Quorvell")).isEqualTo(EntityType.PERSON);
        assertThat(names(entities)).doesNotContain("Yesterday");
        assertThat(names(recognizer.recognize("Police said the road was closed.", null, "en"))).isEmpty();
    }

    @Test
    void aNameQualifiedByItsRegionIsAPlaceAndBothAreMentionsOfTheirOwn() {
        List<Entity> entities = recognizer.recognize("He was born in Skykomish, Oregon, and moved to Lyon, France.", null, "en");
        Entity skykomish = named(entities, "Skykomish").orElseThrow();
        assertThat(skykomish.type()).as("the qualifier makes an unknown name a place").isEqualTo(EntityType.LOCATION);
        assertThat(skykomish.mentions()).extracting(Mention::text).containsExactly("Skykomish");
        assertThat(entities).filteredOn(e -> e.mentions().get(0).text().equals("Oregon")).singleElement()
                .extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(entities).filteredOn(e -> e.mentions().get(0).text().equals("Lyon")).singleElement()
                .extracting(Entity::id).as("the city and the country are two entities").isNotEqualTo("loc:country:FR");
        assertThat(named(entities, "France")).isPresent();
        // Turkish lists and case suffixes keep the parts apart.
        List<Entity> turkish = recognizer.recognize("Tarkan, Almanya turnesinin ilk konserini Köln'de verdi.", null, "tr");
        assertThat(named(turkish, "Germany").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Almanya");
    }

    @Test
    void givenNamesInitialsRegnalNumbersAndGenerationSuffixesMakePersons() {
        // Names no gazetteer has: the rules alone make them persons.
        String text = "Dinah Washington sang. T. S. Halvorsen wrote. Marcus Tully Jr. spoke. Ferdinand III and "
                + "Stephen I of Hungary reigned. Later Washington sang again.";
        List<Entity> entities = recognizer.recognize(text, null, "en");
        for (String person : List.of("Dinah Washington", "T. S. Halvorsen", "Marcus Tully Jr.", "Ferdinand III", "Stephen I of Hungary")) {
            assertThat(typeOf(entities, person)).as(person).isEqualTo(EntityType.PERSON);
        }
        assertThat(named(entities, "Dinah Washington").orElseThrow().mentions()).as("the lone place name is her surname")
                .extracting(Mention::text).containsExactly("Dinah Washington", "Washington");
    }

    @Test
    void dottedAcronymsAreOneNameWithTheirPeriod() {
        List<Entity> entities = recognizer.recognize("Talks between the U.K. and the U.S. ended.", null, "en");
        assertThat(named(entities, "United Kingdom").orElseThrow().mentions()).extracting(Mention::text).containsExactly("U.K.");
        assertThat(named(entities, "United States").orElseThrow().mentions()).extracting(Mention::text).containsExactly("U.S.");
    }

    @Test
    void worldCitiesAreKnownButNeverFuzzilyLinkedNorAgainstACue() {
        Entity city = named(recognizer.recognize("Flooding hit Skykomish and Kalamazoo overnight.", null, "en"), "Kalamazoo").orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.id()).startsWith("loc:geonames:");
        // "Kalamazoa" is one letter off: an unknown name, not the city.
        assertThat(named(recognizer.recognize("Rain hit Kalamazoa overnight.", null, "en"), "Kalamazoo")).isEmpty();
    }

    @Test
    void anInstitutionWhoseNameStartsLikeATitleIsNoTitle() {
        // "müdür*" and "başsavcı*" are titles; "Müdürlüğü" and "Başsavcılığı" are the offices themselves.
        List<Entity> entities = recognizer.recognize("Ankara Cumhuriyet Başsavcılığı ve Meteoroloji Genel Müdürlüğü açıklama yaptı. "
                + "Genel Müdür Ayşe Kaya konuştu.", null, "tr");
        assertThat(typeOf(entities, "Ankara Cumhuriyet Başsavcılığı")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Meteoroloji Genel Müdürlüğü")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Ayşe Kaya")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void lonelyNamesAreTypedByTheirShapeWhereTheLanguageHasAWordList() {
        List<Entity> entities = recognizer.recognize("Shares of Zorvantis rose after Okonkwo-Ibe, 54, spoke. "
                + "The Bill passed and Ellery Quarrington said nothing. Business Insider and Old Trafford agreed. "
                + "Quelmira was released on Tuesday.", null, "en");
        assertThat(typeOf(entities, "Zorvantis")).as("'shares of'").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Quelmira")).as("an uncommon word alone, nothing around it: a product as often as a firm")
                .isEqualTo(EntityType.MISC);
        assertThat(typeOf(entities, "Okonkwo-Ibe")).as("an age follows a person's name").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Ellery Quarrington")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Bill")).as("a determiner before a given name: no person").isNotEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Business Insider")).as("everyday words, no given name, no surname").isNotEqualTo(EntityType.PERSON);
        assertThat(names(recognizer.recognize("Sudanese and Muslim leaders met TV executives.", null, "en"))).isEmpty();
        List<Entity> firms = recognizer.recognize("Hollins & Wexford Co. opened an office in Washington, D.C. last week.", null, "en");
        assertThat(typeOf(firms, "Hollins & Wexford Co.")).as("an ampersand joins one name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(firms).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::id).containsOnly("loc:city:washington");
        List<Entity> places = recognizer.recognize("Divers reached Lake Quorran before the Tessaly Stadium opened.", null, "en");
        assertThat(typeOf(places, "Lake Quorran")).as("a leading word types the name").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(places, "Tessaly Stadium")).isEqualTo(EntityType.LOCATION);
        List<Entity> teams = recognizer.recognize("The Melbourne Falcons beat a side from Texas, said the United States Embassies.", null, "en");
        assertThat(typeOf(teams, "Melbourne Falcons")).as("a city and a plural: a team").isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(teams, "United States")).as("no team is named after a country").isPresent();
        List<Entity> wire = recognizer.recognize("Coventry City lost again. Residents of Quarnby were told to leave.", null, "en");
        assertThat(typeOf(wire, "Coventry City")).as("a known city and 'City': a club").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(wire, "Quarnby")).as("'residents of' a place").isEqualTo(EntityType.LOCATION);
    }

    @Test
    void courtsForcesAndTitlesOfWireCopy() {
        List<Entity> entities = recognizer.recognize("Taoiseach Ciarán Ó Dálaigh met Det. Sgt. Morag Quill at the Dunmore "
                + "Magistrate's Court. Police spokesman Tunde Adeyemi said the Justice Department and the Securities "
                + "and Exchange Board of Ruritania would comment. Analysts at Quendrix and Corvel Securities disagreed.", null, "en");
        assertThat(typeOf(entities, "Morag Quill")).as("titles stay out").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Ciarán Ó Dálaigh")).as("an Irish particle inside the name").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Dunmore Magistrate's Court")).as("a common noun's possessive inside a name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(entities)).as("an everyday sentence opener before a follower").doesNotContain("Police");
        assertThat(entities).filteredOn(e -> e.mentions().get(0).text().equals("Justice Department"))
                .as("a title word before a head is no title").singleElement().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Securities and Exchange Board of Ruritania")).as("one name over 'and' and 'of'").isPresent();
        assertThat(named(entities, "Quendrix")).as("two firms, not one").isPresent();
        assertThat(named(entities, "Corvel Securities")).isPresent();
    }

    @Test
    void turkishCrimeAndCourtCopy() {
        List<Entity> entities = recognizer.recognize("Şüpheliler Ahmet Y. (34) ve M.K. (27) gözaltına alındı. "
                + "Dosya dün Kırşehir 4. Ağır Ceza Mahkemesi'ne gönderildi. Ekipler Dereköy ve Yukarıbağ ilçelerinde arama yaptı. "
                + "Tutuklanan Serkan A. suçlamaları reddetti.", null, "tr");
        assertThat(typeOf(entities, "Ahmet Y.")).as("a surname cut to its initial").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "M.K.")).as("initials with an age").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Kırşehir 4. Ağır Ceza Mahkemesi")).as("an ordinal inside a court's name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Dereköy")).as("the follower after 've' types both").isEqualTo(EntityType.LOCATION);
        assertThat(named(entities, "Serkan A.")).as("the sentence opener is no part of the name").isPresent();
        assertThat(typeOf(entities, "Yukarıbağ")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void theNounHeadingAnAppositionTypesTheNameBeforeIt() {
        List<Entity> entities = recognizer.recognize("Rain hit Quorvale, a fishing village of 900 people. Shares in Tarbrook, "
                + "the Leeds challenger bank, fell. He met Varkonyiq, a 29-year-old lawyer, outside.", null, "en");
        assertThat(typeOf(entities, "Quorvale")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Tarbrook")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Varkonyiq")).isEqualTo(EntityType.PERSON);
        List<Entity> aged = recognizer.recognize("Both goals came from Chukwuemeka Obilade, a 19-year-old signed from Rivers "
                + "United in January. Froneri, a joint venture between Nestle and PAI Partners, grew.", null, "en");
        assertThat(typeOf(aged, "Chukwuemeka Obilade")).as("an age needs no head noun").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(aged, "Froneri")).as("the head is sought before 'between'").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anOrdinalInDigitsBeforeAStreetsHeadNamesTheStreet() {
        List<Entity> entities = recognizer.recognize("The shooting happened near 79th Street and Ashland Avenue.", null, "en");
        assertThat(typeOf(entities, "79th Street")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Ashland Avenue")).as("not joined to the street before 'and'").isEqualTo(EntityType.LOCATION);
    }

    @Test
    void coordinatedNamesShareTheTypeOfTheKnownOne() {
        List<Entity> entities = recognizer.recognize("Drivers for Quendrix and Uber staged a strike. Residents of Tilehurst "
                + "and Calcotvale complained. Rain fell in Edo, Varnowa and Bauchi.", null, "en");
        assertThat(typeOf(entities, "Quendrix")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Calcotvale")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Varnowa")).as("a comma in a list that 'and' ends").isEqualTo(EntityType.LOCATION);
    }

    @Test
    void townsInSportsRolesAndBesideMatchVerbsAreTeamsButCountriesStayPlaces() {
        List<Entity> entities = recognizer.recognize("Kilkenny beat Galway by two points. Geelong forward Lachlan Moore "
                + "kicked five goals. England captain Harry Kane scored as Russia beat Belarus. Police beat protesters in Minsk.",
                null, "en");
        assertThat(typeOf(entities, "Kilkenny")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Galway")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Geelong")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "England")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Russia")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Minsk")).isEqualTo(EntityType.LOCATION);
        List<Entity> clubs = recognizer.recognize("Chennai Super Kings captain Ruturaj Gaikwad was out, and Mumbai Indians won. "
                + "Orlando Pirates midfielder Tebogo Maseko scored.", null, "en");
        assertThat(typeOf(clubs, "Chennai Super Kings")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(clubs, "Mumbai Indians")).as("a place and a plural demonym").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(clubs, "Orlando Pirates")).as("a sports role after a plural: no person named Orlando")
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Sofia Castellanos of Argentina beat the fourth seed.", null, "en"), "Sofia Castellanos"))
                .as("a given name a city has too, and a surname ending in s: no team").isEqualTo(EntityType.PERSON);
    }

    @Test
    void firstLevelRegionsOfEveryCountryAreKnownWithOrWithoutTheirKind() {
        List<Entity> entities = recognizer.recognize("Floods hit Jharkhand and Tamil Nadu. The primary in Kwara State was "
                + "delayed; officials in Kwara said so.", null, "en");
        assertThat(typeOf(entities, "Jharkhand")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Tamil Nadu")).as("no demonym cut off").isEqualTo(EntityType.LOCATION);
        Entity kwara = named(entities, "Kwara").orElseThrow();
        assertThat(kwara.mentions()).extracting(Mention::text).containsExactly("Kwara State", "Kwara");
    }

    @Test
    void whatFollowsANameTellsAPersonFromACompany() {
        List<Entity> entities = recognizer.recognize("Analysts were upbeat. Varkonyiq, who follows the sector, disagreed. "
                + "\u201cIt will pass,\u201d Quillmore said. Brennock and his son left. "
                + "Delvany Orkell, which maintains the cables, declined.", null, "en");
        assertThat(typeOf(entities, "Varkonyiq")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Quillmore")).as("a quotation's speaker").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Brennock")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Delvany Orkell")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> firms = recognizer.recognize("Tarvesh said it would cut 120 jobs. The energy regulator Quorvex fined it, "
                + "and lawyer Mbeki-Oranu appealed.", null, "en");
        assertThat(typeOf(firms, "Tarvesh")).as("'said it'").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(firms, "Quorvex")).as("the noun before the name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(firms, "Mbeki-Oranu")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("\"The war is over,\" Varenko told reporters after the signing.", null, "en"), "Varenko"))
                .as("a speaker's audience").isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKnownOrganisationAndACountryNameItsNationalArm() {
        List<Entity> entities = recognizer.recognize("Shares in Yahoo Japan rose, and Yahoo fell.", null, "en");
        assertThat(typeOf(entities, "Yahoo Japan")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(entities, "Japan")).isEmpty();
    }

    @Test
    void turkishDistrictsAndGivenNamesBeyondTheCuratedOnes() {
        List<Entity> entities = recognizer.recognize("Kavgada Halil İbrahim Ceyhan (52) hayatını kaybetti. "
                + "Muhtarlar Pülümür'den ve Seydikemer'den geldi.", null, "tr");
        assertThat(typeOf(entities, "Halil İbrahim Ceyhan")).as("a given name first: no town of Ceyhan").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Pülümür")).as("a plural title (\"Muhtarlar\") types no one").isEqualTo(EntityType.LOCATION);
        assertThat(named(entities, "Seydikemer").orElseThrow().id()).startsWith("loc:tr-district:");
    }

    @Test
    void theArabicArticleWrittenLowerCaseBelongsToTheName() {
        List<Entity> entities = recognizer.recognize("Sudan's envoy, Omar Hassan al-Rashidi, was charged after "
                + "al-Qaeda militants struck.", null, "en");
        assertThat(typeOf(entities, "Omar Hassan al-Rashidi")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "al-Qaeda")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void businessHeadWordsMakeOrganisations() {
        List<Entity> entities = recognizer.recognize("Shares of Kestrel Bio rose while Northwold Energy and Suryodaya Power fell.", null, "en");
        assertThat(entities).extracting(Entity::type).containsOnly(EntityType.ORGANIZATION).hasSize(3);
    }

    @Test
    void aFirmBetweenAtAndATownIsAWorkplaceAndTheArticleLeavesAKnownTeamKnown() {
        List<Entity> firm = recognizer.recognize("\"Supply is fraying,\" said Oliver Brandt, head of research at Julius Baer in Zurich.", null, "en");
        assertThat(typeOf(firm, "Julius Baer")).as("shaped like a person's name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(firm, "Oliver Brandt")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("We met Ana Ruiz in Madrid.", null, "en"), "Ana Ruiz")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("The Celtics host the New York Knicks on Friday.", null, "en"), "Boston Celtics"))
                .as("a plural like a people's name, known once the article is left out").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("A crowd of 19,156 at TD Garden stood.", null, "en"), "TD Garden")).isEqualTo(EntityType.LOCATION);
        assertThat(names(recognizer.recognize("The Organisation for Security and Cooperation in Europe said turnout was high.", null, "en")))
                .as("a known name holding a small word").containsExactly("Organization for Security and Co-operation in Europe");
        Entity sec = named(recognizer.recognize("The U.S. Securities and Exchange Commission on Monday charged a fund manager.", null, "en"),
                "Securities and Exchange Commission").orElseThrow();
        assertThat(sec.mentions()).extracting(Mention::text).as("a known name inside, over 'and'")
                .containsExactly("U.S. Securities and Exchange Commission");
    }

    @Test
    void aKnownNameHoldingLowerCaseWordsAndCommasIsOneMention() {
        Entity cdc = named(recognizer.recognize("The Centers for Disease Control and Prevention reported 34 new cases.", null, "en"),
                "Centers for Disease Control and Prevention").orElseThrow();
        assertThat(cdc.mentions()).extracting(Mention::text).containsExactly("Centers for Disease Control and Prevention");
        assertThat(names(recognizer.recognize("Shares opened higher on the Frankfurt stock exchange.", null, "en")))
                .as("lower-case words of content are no part of a known name").containsExactly("Frankfurt");
        assertThat(names(recognizer.recognize("The American Civil Liberties Union of Arizona sued the county.", null, "en")))
                .as("the run goes on past the known name").containsExactly("American Civil Liberties Union of Arizona");
        assertThat(recognizer.recognize("Dizi TRT 1'de yayımlanacak.", null, "tr")).extracting(Entity::id)
                .as("a number inside, a sentence's opener before and a place's suffix after").containsExactly("org:trt-1");
    }

    @Test
    void aKnownPersonsNameBeforeASurnameOrAGenerationSuffixIsAnotherPerson() {
        Entity son = named(recognizer.recognize("Chris Eubank Jr. will fight again in November.", null, "en"), "Chris Eubank Jr.").orElseThrow();
        assertThat(son.id()).as("not the father").isEqualTo("name:chris-eubank-jr");
        Entity namesake = named(recognizer.recognize("Midfielder Klinsmann Maseko scored in stoppage time.", null, "en"),
                "Klinsmann Maseko").orElseThrow();
        assertThat(namesake.type()).isEqualTo(EntityType.PERSON);
        assertThat(namesake.qid()).isNull();
        assertThat(names(recognizer.recognize("Demirel Ankara'ya döndü.", null, "tr"))).as("a Turkish subject before a place")
                .contains("Ankara");
    }

    @Test
    void turkishNewsWritesSlavicEndingsWithÇ() {
        List<Entity> entities = recognizer.recognize("Sırp lider Miloseviç, Karadziç ile görüştü.", null, "tr");
        assertThat(entities).extracting(Entity::id).contains("per:slobodan-milosevic", "per:radovan-karadzic");
    }

    @Test
    void aNicknameInQuotesStaysInsideThePersonsName() {
        List<Entity> entities = recognizer.recognize("\"It came fast,\" said Roy \"Buck\" Caudill, 71. He told Mary \"Stop\" and left.", null, "en");
        assertThat(typeOf(entities, "Roy \"Buck\" Caudill")).isEqualTo(EntityType.PERSON);
        assertThat(names(entities)).as("a quoted word after a name, no surname after it").doesNotContain("Mary \"Stop\"");
    }

    @Test
    void aNameWhosePossessiveHasWhatAFirmHasIsAFirm() {
        List<Entity> entities = recognizer.recognize("Quorvale's chief executive, Dana Pike, said Quorvale's shares would recover.", null, "en");
        assertThat(typeOf(entities, "Quorvale")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Dana Pike")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameBeforeACompanyOfficersRoleIsAFirm() {
        List<Entity> entities = recognizer.recognize("Ironvale managing director Callum Fitzroy said a Quorvex analyst had been right.", null, "en");
        assertThat(typeOf(entities, "Ironvale")).as("an officer's name after the role").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Callum Fitzroy")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Quorvex")).as("an article before the name").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("It was Quorvex who said analyst reports were wrong.", null, "en"), "Quorvex"))
                .as("no officer's role right after").isNotEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anEverydayWordOpeningTheSentenceBeforeARoleAndANameIsTheTeamOrTheFirm() {
        assertThat(typeOf(recognizer.recognize("Wolves coach Gary Brennan said his side had been too slow.", null, "en"), "Wolves"))
                .as("a team before its coach").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Apex chief executive Dana Whitlock said volumes had hit a floor.", null, "en"), "Apex"))
                .as("a company before its officer").isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(recognizer.recognize("Former coach Gary Brennan said his side had been too slow.", null, "en")))
                .as("a word that qualifies the role").containsExactly("Gary Brennan");
        assertThat(names(recognizer.recognize("Police spokesman Jacob Hale said nobody was hurt.", null, "en")))
                .as("a type word alone").containsExactly("Jacob Hale");
        assertThat(names(recognizer.recognize("Project manager Anna Berg said the work was late.", null, "en")))
                .as("a singular word before a one-word role: a kind of the role").containsExactly("Anna Berg");
    }

    @Test
    void anOccupationOpeningTheSentenceIsNoPartOfThePersonsName() {
        assertThat(names(recognizer.recognize("Hydrologist Megan Tremblay said the ice had broken up early.", null, "en")))
                .as("shaped like an occupation").containsExactly("Megan Tremblay");
        assertThat(names(recognizer.recognize("Reliever Tyler Brandt struck out the side in the ninth.", null, "en")))
                .as("a sports role, capitalised").containsExactly("Tyler Brandt");
        assertThat(names(recognizer.recognize("Maple Leaf Foods said a new plant would open in the autumn.", null, "en")))
                .as("a firm's head word ends it").containsExactly("Maple Leaf Foods");
    }

    @Test
    void oneUnknownWordAfterToIsAPlace() {
        assertThat(typeOf(recognizer.recognize("Gas would be piped north to Kettawin and exported.", null, "en"), "Kettawin"))
                .isEqualTo(EntityType.LOCATION);
        List<Entity> towns = recognizer.recognize("Flights to Hobart were cancelled, and residents of Bath stayed home.", null, "en");
        assertThat(named(towns, "Hobart").orElseThrow().id()).as("a town named like a given name, after 'to'").startsWith("loc:geonames:");
        assertThat(typeOf(towns, "Bath")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Hobart said he would run again.", null, "en"), "Hobart"))
                .as("no place without a place's context").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("He scored after a pass to Okonkwo in the second half.", null, "en"), "Okonkwo"))
                .as("a player's pass").isNotEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("The files were moved to OpenOffice last year.", null, "en"), "OpenOffice"))
                .as("camel case: a product").isNotEqualTo(EntityType.LOCATION);
    }

    @Test
    void aKnownPlaceRightBeforeABodysAcronymIsThatBodysBranch() {
        List<Entity> entities = recognizer.recognize("The Ontario NDP said the Yukon NDP had backed the bill.", null, "en");
        assertThat(typeOf(entities, "Ontario NDP")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(entities)).doesNotContain("Ontario");
    }

    @Test
    void aTownThatIsAPersonsSurnameInTheTextStaysTheTownWhereACuePutsIt() {
        List<Entity> entities = recognizer.recognize("Ayvalık ilçesinde turizm sezonu uzadı. Restoran işletmecisi Nermin Ayvalık, "
                + "\"Burası dört mevsim yaşanacak bir yer\" dedi.", null, "tr");
        assertThat(typeOf(entities, "Nermin Ayvalık")).isEqualTo(EntityType.PERSON);
        assertThat(entities).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name).contains("Ayvalık");
    }

    @Test
    void aStateUniversitysCampusIsPartOfItsName() {
        assertThat(names(recognizer.recognize("Researchers at the University of Hawaii at Manoa tested it.", null, "en")))
                .containsExactly("University of Hawaii at Manoa");
        assertThat(names(recognizer.recognize("The University of Kent, Canterbury and Dover councils signed.", null, "en")))
                .as("a list of places goes on").contains("University of Kent", "Canterbury");
    }

    @Test
    void aNicknameInQuotesIsPartOfThePersonsName() {
        assertThat(names(recognizer.recognize("He joined the band of Kwabena \"Papa Guitar\" Ofori in the 1960s.", null, "en")))
                .containsExactly("Kwabena \"Papa Guitar\" Ofori");
    }

    @Test
    void aDatelinesPlaceBeforeAnyAgencyInBracketsIsAPlace() {
        assertThat(typeOf(recognizer.recognize("TARNBY, Tasmania (AAP) — Patients waited nine hours for a bed.", null, "en"), "TARNBY"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anAcronymInBracketsAfterTheNameItAbbreviatesIsThatName() {
        List<Entity> disease = recognizer.recognize("Sheep could contract Bovine Spongiform Encephalopathy ( BSE ) -- mad cow disease .", null, "en");
        assertThat(named(disease, "Bovine Spongiform Encephalopathy").orElseThrow().mentions()).extracting(Mention::text)
                .as("one entity, not the Bombay Stock Exchange").containsExactly("Bovine Spongiform Encephalopathy", "BSE");
        List<Entity> firm = recognizer.recognize("Kestrel Harbour Logistics (KHL) said it would hire.", null, "en");
        assertThat(named(firm, "Kestrel Harbour Logistics").orElseThrow().mentions()).hasSize(2);
        // initials of another language's name, or shared with a town: still the body's acronym
        List<Entity> agency = recognizer.recognize("Nijerya Ulusal Acil Durum Yönetim Ajansı (NEMA), 23 bin kişinin evsiz kaldığını açıkladı.", null, "tr");
        assertThat(typeOf(agency, "NEMA")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aDatelinesPlaceInCapitalsIsAPlaceAndAGroupsLetterNamesNothing() {
        List<Entity> dateline = recognizer.recognize("GROZNY , Russia 1996-08-31\nQUORTASH, Mali (Reuters) - Farmers protested.", null, "en");
        assertThat(typeOf(dateline, "GROZNY")).as("no acronym").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(dateline, "QUORTASH")).isEqualTo(EntityType.LOCATION);
        // a dateline that a dash ends, with no agency: the place is still where the story was filed
        assertThat(typeOf(recognizer.recognize("HARLAN, Ky. — The board voted on Tuesday.", null, "en"), "HARLAN"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("QUORTASH — The board voted on Tuesday.", null, "en"), "QUORTASH"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(names(recognizer.recognize("Japan beat Syria in a Group C match on Friday.", null, "en")))
                .containsExactlyInAnyOrder("Japan", "Syria");
    }

    @Test
    void aMonthsAbbreviationThatIsAGivenNameOpensAPersonsNameAndALabelInCapitalsIsNoFirm() {
        assertThat(typeOf(recognizer.recognize("ABN AMRO chairman Jan Kalff told a news conference.", null, "en"), "Jan Kalff"))
                .isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("The deal was signed on Jan 5 .", null, "en")).isEmpty();
        assertThat(recognizer.recognize("NOTE - Figures are unaudited .", null, "en")).extracting(Entity::type)
                .doesNotContain(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Alex Zulle, his ONCE team mate, kept the lead.", null, "en"), "ONCE"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aSaintsPossessiveSitsInsideTheName() {
        List<Entity> entities = recognizer.recognize("Newcastle beat Villa at St James' Park, and nurses at St Thomas' Hospital walked out.", null, "en");
        assertThat(typeOf(entities, "St James' Park")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "St Thomas' Hospital")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodysTypeWordBeforeACountryIsANationalBody() {
        List<Entity> bodies = recognizer.recognize("Police Scotland and Agriculture Canada issued warnings for Northern Canada.", null, "en");
        assertThat(typeOf(bodies, "Police Scotland")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(bodies, "Agriculture Canada")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(bodies)).as("a compass point makes no body").doesNotContain("Northern Canada");
    }

    @Test
    void smallWordsBeforeALoneNameTellPlacesAndBodies() {
        assertThat(typeOf(recognizer.recognize("The River Suir burst its banks at Clonmel on Monday.", null, "en"), "Clonmel"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("The ferry from Holyhead was cancelled.", null, "en"), "Holyhead"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("The findings were published in the journal Nature on Monday.", null, "en"), "Nature"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Deals fell 20%, according to data from Dealogic.", null, "en"), "Dealogic"))
                .as("two words before it outrank 'from'").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownNameJoinsOverItsConnectorAndATownNamedSurnameStaysInThePersonsName() {
        List<Entity> entities = recognizer.recognize("Keir Starmer told the House of Commons that Shintaro Ikeda would visit.", null, "en");
        assertThat(typeOf(entities, "House of Commons")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Shintaro Ikeda")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void anOrganisationsNameMayHoldAndThoughItOpensTheSentence() {
        List<Entity> entities = recognizer.recognize("The Energy and Petroleum Regulatory Authority said the rise reflected "
                + "higher costs. Shares rose on the National Stock Exchange, the National Treasury said.", null, "en");
        assertThat(typeOf(entities, "Energy and Petroleum Regulatory Authority")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "National Stock Exchange")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "National Treasury")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> coach = recognizer.recognize("\"We wanted that,\" Liverpool head coach Arne Slot said of Laurence des Cars.", null, "en");
        assertThat(typeOf(coach, "Liverpool")).as("a team before 'head coach'").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(coach, "Laurence des Cars")).as("a name particle").isEqualTo(EntityType.PERSON);
    }

    @Test
    void streetsCrossingsAndASentenceOpeningPrepositionTellPlaces() {
        List<Entity> entities = recognizer.recognize("In Small Heath, bags were stacked on Riverbend Drive in the small "
                + "community of Millersport Crossing.", null, "en");
        assertThat(typeOf(entities, "Small Heath")).as("'In' opens the sentence").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Riverbend Drive")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Millersport Crossing")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anUnknownNameBeforeACompanyOfficersTitleIsTheCompany() {
        assertThat(typeOf(recognizer.recognize("\"Copper matters,\" Kestrel Chief Executive Helena Adeyemi told analysts.", null, "en"), "Kestrel"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(recognizer.recognize("Deputy Chief Executive Mark Jones resigned.", null, "en"))).containsExactly("Mark Jones");
    }

    @Test
    void aNamesOtherNameIsOfItsKind() {
        assertThat(typeOf(recognizer.recognize("Captain Bruno Rezende, known as Bruninho, said his side was tired.", null, "en"),
                "Bruninho")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("The Ghana Cocoa Board, known as Cocobod, set the price.", null, "en"), "Cocobod"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theSouthIsARegionAndATownWithAnAgeIsAPerson() {
        List<Entity> flu = recognizer.recognize("Activity is heaviest in the South and parts of the West, officials said.", null, "en");
        assertThat(typeOf(flu, "South")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(flu, "West")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Hammond, a 29-year-old from Tulsa, holed a putt.", null, "en"), "Hammond"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNamedRegionOfACountryIsTwoPlaces() {
        assertThat(names(recognizer.recognize("A project in the Copperbelt Province of Zambia is due to start.", null, "en")))
                .as("canonical names").containsExactly("Copperbelt", "Zambia");
        assertThat(names(recognizer.recognize("He lived in the Province of Quebec.", null, "en"))).containsExactly("Province of Quebec");
        assertThat(typeOf(recognizer.recognize("It burned across the Texas Panhandle on Wednesday.", null, "en"), "Texas Panhandle"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTeamsNicknameInASportsSentenceIsATeam() {
        assertThat(typeOf(recognizer.recognize("Williams added 22 points and eight rebounds as the Thunder held Denver to 39% shooting.",
                null, "en"), "Thunder")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("The storm hit the coast as the Thunder rolled in.", null, "en"), "Thunder"))
                .as("no sport, no team").isNotEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Root scored 84 points of runs at the Oval on Friday.", null, "en"), "Oval"))
                .as("a ground").isNotEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aStatesChamberIsTheStatesNotTheNations() {
        assertThat(names(recognizer.recognize("She served three terms in the Iowa House of Representatives.", null, "en")))
                .containsExactly("Iowa House of Representatives");
        assertThat(names(recognizer.recognize("He won a seat in the House of Representatives.", null, "en")))
                .containsExactly("United States House of Representatives");
        assertThat(typeOf(recognizer.recognize("The farm bureau urged the House to act quickly.", null, "en"), "House"))
                .as("the chamber, named alone").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void peopleInThePluralOpeningTheSentenceAreNoPartOfTheNameAfterThem() {
        assertThat(names(recognizer.recognize("Promoters MCD Productions said the group would play Belfast.", null, "en")))
                .contains("MCD Productions");
        assertThat(names(recognizer.recognize("Teamsters Canada said talks would begin.", null, "en"))).containsExactly("Teamsters Canada");
    }

    @Test
    void aLoneNameRightAfterTheQuotationItSpeaksIsAPerson() {
        assertThat(typeOf(recognizer.recognize("\"We know that,\" Roark told a packed meeting.", null, "en"), "Roark"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("\"We regret the outage,\" Zolvex said in a statement.", null, "en"), "Zolvex"))
                .as("a company's statement").isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void aSeededPlaceIsATeamAndASeededPlayerStaysAPerson() {
        List<Entity> entities = recognizer.recognize("Pruitt scored as 13th-seeded Vermont stunned fourth-seeded Auburn 71-69.", null, "en");
        assertThat(typeOf(entities, "Vermont")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("She beat third-seeded Gauff in Madrid.", null, "en"), "Coco Gauff"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aBodyNamedByAListOfFieldsIsOneOrganisation() {
        assertThat(names(recognizer.recognize("Rangers trapped it, the Department of Environment, Tourism, Science and Innovation said.",
                null, "en"))).containsExactly("Department of Environment, Tourism, Science and Innovation");
        assertThat(names(recognizer.recognize("Indonesia's Meteorology, Climatology and Geophysics Agency said the quake was shallow.",
                null, "en"))).contains("Meteorology, Climatology and Geophysics Agency");
        assertThat(names(recognizer.recognize("He visited Paris, London and Berlin Zoo.", null, "en")))
                .as("known places are no fields").contains("Paris", "London");
        assertThat(typeOf(recognizer.recognize("Voters in the Madison Local School District will decide.", null, "en"),
                "Madison Local School District")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anEnglishSpeakerWhoseSurnameEndsLikeADemonymIsAPerson() {
        // Mureș + -an reads as a demonym; before "said", with no article, it is a surname
        assertThat(typeOf(recognizer.recognize("\"I made this film with friends,\" Mureșan said.", null, "en"), "Mureșan"))
                .isEqualTo(EntityType.PERSON);
        assertThat(names(recognizer.recognize("The Russian said nothing.", null, "en"))).isEmpty();
    }

    @Test
    void officeWordsBetweenACompanyAndATurkishTitleAreTheTitles() {
        assertThat(names(recognizer.recognize("Açıklamayı yapan Zelvora İcra Kurulu Başkanı Selahattin Bilgen, pistin açılacağını söyledi.", null, "tr")))
                .containsExactly("Zelvora", "Selahattin Bilgen");
        assertThat(names(recognizer.recognize("Lufthansa İnsan Kaynakları Direktörü Michael Niggemann konuştu.", null, "tr")))
                .containsExactly("Lufthansa", "Michael Niggemann");
        assertThat(names(recognizer.recognize("Rakip Türk Telekom ise bilançosunu gelecek hafta açıklayacak.", null, "tr")))
                .as("an opener that is a given name too, before a known company").containsExactly("Türk Telekom");
    }

    @Test
    void aDemonymOrATitleWordAfterAGivenNameIsTheSurname() {
        assertThat(typeOf(recognizer.recognize("Sanık avukatlarından Derya Türkmen, kararı istinafa taşıyacaklarını açıkladı.",
                null, "tr"), "Derya Türkmen")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Köyden üretici İsmail Çiftçi (63), \"Ateş yaktık,\" dedi.", null, "tr"), "İsmail Çiftçi"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTurkishSpeakerOpeningTheSentenceBeforeDaIsAPerson() {
        assertThat(typeOf(recognizer.recognize("Kutlu da maçtan sonra \"Galibiyeti armağan ediyoruz,\" diye konuştu.", null, "tr"),
                "Kutlu")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLoneTurkishWordEndingInOgluIsASurnameUnlessItSaysWhere() {
        assertThat(typeOf(recognizer.recognize("Sınavı kazanan Gökçeoğlu, 35 yıl görev yaptı.", null, "tr"), "Gökçeoğlu"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Aile, Kemerçeşmeoğlu'ndaki evde yaşıyordu.", null, "tr"), "Kemerçeşmeoğlu"))
                .isNotEqualTo(EntityType.PERSON);
    }

    @Test
    void aTurkishSpeakerNamedByTheSurnameAloneIsAPerson() {
        assertThat(typeOf(recognizer.recognize("Pamuk, yeni romanının gelecek bahar yayımlanacağını söyledi.", null, "tr"), "Pamuk"))
                .as("a lone word and a comma opening a sentence that a verb of speech ends").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Meydanda hitap eden Özel, erken seçim çağrısını yineledi.", null, "tr"), "Özel"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Tekin, öğretmenler toplantısında konuştu.", null, "tr"), "Tekin"))
                .as("the verb compared folded, ş and all").isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("Yetkililer, yangının kontrol altına alındığını söyledi.", null, "tr"))
                .as("an inflected common word").isEmpty();
        assertThat(recognizer.recognize("Bakan, yeni düzenlemenin yakında yürürlüğe gireceğini belirtti.", null, "tr"))
                .as("a title alone").isEmpty();
        assertThat(recognizer.recognize("Buğday, tarlada toplanmayı bekliyor.", null, "tr")).as("no verb of speech").isEmpty();
    }

    @Test
    void turkishTitlesOfCompaniesAndATypeWordAloneAreNoNames() {
        List<Entity> ceo = recognizer.recognize("Togg Üst Yöneticisi Mehmet Gürcan Karakaş, şirketin başarılı olduğunu söyledi.", null, "tr");
        assertThat(typeOf(ceo, "Mehmet Gürcan Karakaş")).isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("Mahkeme heyeti, sanığı hapis cezasına çarptırdı.", null, "tr")).isEmpty();
        List<Entity> concert = recognizer.recognize("Piyanist Fazıl Say da Cemil Topuzlu Açıkhava Tiyatrosu'nda konser verecek.", null, "tr");
        assertThat(typeOf(concert, "Fazıl Say")).as("'da' (also) ends his name").isEqualTo(EntityType.PERSON);
    }

    @Test
    void aKnownPersonsSurnameAloneIsAPerson() {
        assertThat(typeOf(recognizer.recognize("Erbakan'ın ilk yurtdışı gezisini İran'a yapması bekleniyor.", null, "tr"), "Erbakan"))
                .as("with a case suffix").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("The senator met Clinton in Ohio on Monday.", null, "en"), "Clinton"))
                .as("capitalised inside the sentence").isEqualTo(EntityType.PERSON);
        List<Entity> namesake = recognizer.recognize("Muhtar Nurten Demirel, Süleyman Demirel'in hemşehrisi olduğunu söyledi.", null, "tr");
        assertThat(named(namesake, "Nurten Demirel").orElseThrow().id()).as("a namesake of a known person is not linked to him")
                .startsWith(EntityRecognizer.UNKNOWN_ID_PREFIX);
        assertThat(named(namesake, "Süleyman Demirel").orElseThrow().id()).isEqualTo("per:suleyman-demirel");
        assertThat(typeOf(recognizer.recognize("Demirel, New York'ta BM Genel Sekreteri ile de görüşecek.", null, "tr"), "Demirel"))
                .as("opening the sentence before a comma").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Çiller: Erken seçim tarihi değişmeyecek", null, "tr"), "Çiller"))
                .as("before a headline's colon").isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("Yavaş yavaş ilerleyen kuyruk akşama kadar sürdü.", null, "tr"))
                .as("opening the sentence, without a suffix: the everyday word").isEmpty();
        assertThat(recognizer.recognize("Prices fell in May, the agency said.", null, "en")).extracting(Entity::name)
                .as("an everyday English word: Theresa May's surname is no evidence").doesNotContain("May");
    }

    @Test
    void twoCapitalisedTurkishWordsAreAPersonInsideASentenceOnly() {
        assertThat(typeOf(recognizer.recognize("Van'da yaşayan 102 yaşındaki Gülizar Kılıçaslan doğum gününü kutladı.", null, "tr"),
                "Gülizar Kılıçaslan")).isEqualTo(EntityType.PERSON);
        assertThat(recognizer.recognize("Soğuk Savaş döneminden kalma sığınaklar yeniden açılıyor.", null, "tr"))
                .extracting(Entity::type).as("a common noun capitalised at the start").doesNotContain(EntityType.PERSON);
    }

    @Test
    void aTurkishDeputysTitleAndALeadershipAreNoNames() {
        List<Entity> deputy = recognizer.recognize("Başbakan Yardımcısı ve Dışişleri Bakanı Tansu Çiller açıklama yaptı.", null, "tr");
        assertThat(names(deputy)).containsExactly("Tansu Çiller");
        List<Entity> party = recognizer.recognize("Devlet Bahçeli liderliğindeki MHP yüzde 18 ile ikinci sıraya yükseldi.", null, "tr");
        assertThat(typeOf(party, "Nationalist Movement Party")).as("'liderliğindeki' (led by) is no title").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Başsavcı Vekili Ahmet Kaya açıklama yaptı.", null, "tr"), "Ahmet Kaya"))
                .isEqualTo(EntityType.PERSON);
        List<Entity> envoy = recognizer.recognize("BM'nin Kıbrıs Özel Temsilcisi Rolando de Sorvino, AB Dış Politika Yüksek Temsilcisi "
                + "Javier Solana ile görüştü.", null, "tr");
        assertThat(typeOf(envoy, "Rolando de Sorvino")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(envoy, "Javier Solana")).isEqualTo(EntityType.PERSON);
        assertThat(names(envoy)).as("the office's words are the title's").doesNotContain("Özel", "Dış Politika Yüksek", "Solana");
        assertThat(names(recognizer.recognize("Yapı Kredi Yayınları da Sait Faik Abasıyanık'ın öykülerini yayımladı.", null, "tr")))
                .as("'da' (also) after a name is no connector").containsExactlyInAnyOrder("Yapı Kredi Yayınları", "Sait Faik Abasıyanık");
    }

    @Test
    void turkishSpeakersMayBearATownsNameAndOfficialsBelongToTheirPlace() {
        assertThat(typeOf(recognizer.recognize("Tokat, \"Çocukların gözlerindeki ışığı görmek her şeye değer\" dedi.", null, "tr"), "Tokat"))
                .as("a province's name opening a quoted speech").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Erzurumlu, kitabın fikrinin babasından geldiğini söyledi.", null, "tr"), "Erzurumlu"))
                .as("a surname shaped like a demonym").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Tokat'ta yağış etkili oldu.", null, "tr"), "Tokat")).isEqualTo(EntityType.LOCATION);
        List<Entity> openers = recognizer.recognize("Oturuma Avrupa Birliği gözlemcileri katıldı. Yunan Sahil Güvenlik Komutanlığı "
                + "açıklama yaptı.", null, "tr");
        assertThat(openers).extracting(Entity::id).as("a Turkish opener before a known name is no part of it").contains("org:eu");
        assertThat(names(openers)).as("a demonym stays").contains("Yunan Sahil Güvenlik Komutanlığı");
        assertThat(typeOf(recognizer.recognize("\"Faiz oranları düşerse ivme sürer,\" dedi Bozkurt.", null, "tr"), "Bozkurt"))
                .as("the name after 'dedi' ending the sentence").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("\"Çocukluğum burada geçti,\" diyen Mirzabeyoğlu, eşyaları bağışladı.", null, "tr"),
                "Mirzabeyoğlu")).as("the name after 'diyen'").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Ankara, olası bir operasyonun ekonomiyi etkileyeceği kaygısını dile getirdi.", null, "tr"),
                "Ankara")).as("a capital speaks through its government").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Kütüphanenin açılışına Lice Kaymakamı Murat Güneş katıldı.", null, "tr"), "Lice"))
                .as("a district governor's district").isEqualTo(EntityType.LOCATION);
        List<Entity> cup = recognizer.recognize("Bodrum FK, deplasmanda 1922 Konyaspor'u 3-2 yendi. Sanık Kurt'un avukatı "
                + "Van Eğitim ve Araştırma Hastanesi'ne gitti.", null, "tr");
        assertThat(names(cup)).contains("1922 Konyaspor", "Kurt", "Van Eğitim ve Araştırma Hastanesi");
        assertThat(named(cup, "1922 Konyaspor").orElseThrow().id()).as("another club than Konyaspor").isNotEqualTo("org:konyaspor");
        assertThat(typeOf(recognizer.recognize("Kasımpaşa Teknik Direktörü Şota Arveladze tepki gösterdi.", null, "tr"), "Kasımpaşa SK"))
                .as("a team before its coach, opening the sentence").isEqualTo(EntityType.ORGANIZATION);
        List<Entity> speaker = recognizer.recognize("Erdem, Bozüyük ve Pazaryeri'ndeki ocakların kapasitesinin arttığını anlattı.", null, "tr");
        assertThat(typeOf(speaker, "Erdem")).as("the speaker before the places he names").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(speaker, "Bozüyük")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Beysenova, milli takımın da kaptanlığını yapıyor.", null, "tr"), "Beysenova"))
                .as("a Central Asian surname opening the sentence").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Sarıkaya, transfer döneminde bir oyuncu ile görüştüklerini doğruladı.", null, "tr"),
                "Sarıkaya")).as("a district's name, but the speaker's here").isEqualTo(EntityType.PERSON);
        assertThat(names(recognizer.recognize("Sinema oyuncusu Kıvanç Tatlıtuğ çekimlere başladı.", null, "tr")))
                .as("an actor, no player").containsExactly("Kıvanç Tatlıtuğ");
        assertThat(typeOf(recognizer.recognize("Ödülü yönetmenin \"Sessiz Tepe\" adlı filmi kazandı.", null, "tr"), "Sessiz Tepe"))
                .as("a work's title in quotation marks").isEqualTo(EntityType.MISC);
        List<Entity> firms = recognizer.recognize("Yangın, Yıldız Tekstil San. ve Tic. A.Ş. fabrikasında başladı. "
                + "Akdeniz Tarım Ltd. Şti. sahibi konuştu.", null, "tr");
        assertThat(names(firms)).as("Turkish legal forms, their periods included")
                .containsExactly("Yıldız Tekstil San. ve Tic. A.Ş.", "Akdeniz Tarım Ltd. Şti.");
        assertThat(names(recognizer.recognize("Maç sonrasında taraftarlar toplandı.", null, "tr")))
                .as("Turkish ç is no 'ch' of a generated town's name (Mach)").isEmpty();
    }

    @Test
    void aGivenNameIsNoDemonymOfAPlaceItEndsLike() {
        assertThat(typeOf(recognizer.recognize("Gösteriyi izleyen Sinan Ekrem açıklama yaptı.", null, "tr"), "Sinan Ekrem"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void turkishMatchReportsAndTeamRolesMakeTownsTeams() {
        List<Entity> entities = recognizer.recognize("Galatasaray, deplasmanda Kasımpaşa'yı 3-1 yendi. Anadolu Efes, "
                + "Panathinaikos'u Atina'da 85-79 yendi. Başakşehir Teknik Direktörü Çağdaş Atan istifa etti.", null, "tr");
        assertThat(typeOf(entities, "Kasımpaşa SK")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Athens")).as("Atina'da: where they played").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Başakşehir")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Karabağlar'da yangın çıktı.", null, "tr"), "Karabağlar")).as("no match, no team")
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCompassPointBeforeAKnownPlaceNamesAPartOfIt() {
        assertThat(typeOf(recognizer.recognize("Yatırımlar Doğu Anadolu'da hızlanacak.", null, "tr"), "Doğu Anadolu"))
                .isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("A stranding in South Taranaki left the tribe scrambling.", null, "en"), "South Taranaki"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void clubPrefixesAndRoadNumbersBelongToTheName() {
        List<Entity> entities = recognizer.recognize("He played for FC Volgar Tobolsk before a crash on Highway 401 ended it.", null, "en");
        assertThat(typeOf(entities, "FC Volgar Tobolsk")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Highway 401")).isEqualTo(EntityType.LOCATION);
        assertThat(named(entities, "Kazan")).isEmpty();
    }

    @Test
    void aNameTheTextWritesAfterAGivenNameIsNoEverydayWordAtASentenceStart() {
        List<Entity> entities = recognizer.recognize("Vanessa Hicks posted the photo. Hicks said she was surprised.", null, "en");
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).mentions()).extracting(Mention::text).containsExactly("Vanessa Hicks", "Hicks");
    }

    @Test
    void aSubjectThatItsFollowsIsAThing() {
        List<Entity> entities = recognizer.recognize("Quorvidyard announced significant updates to its platform yesterday. Disney bought Lucasfilm, and the acquisition of Quelfilm followed.", null, "en");
        assertThat(typeOf(entities, "Quorvidyard")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Quelfilm")).as("'acquisition of'").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aParticleThatIsATurkishStopWordStaysInsideAForeignName() {
        List<Entity> entities = recognizer.recognize("Devlet Başkanı Renato Quessa da Silveira açıklama yaptı. "
                + "Ayla da İstanbul'a gitti.", null, "tr");
        assertThat(typeOf(entities, "Renato Quessa da Silveira")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Istanbul")).as("'da' is 'also' before a place with its suffix").isEqualTo(EntityType.LOCATION);
    }

    @Test
    void wherePeopleLiveAndWhatTheyRepresentArePlaces() {
        List<Entity> entities = recognizer.recognize("Jerome Atkinson-Bell, of Quarnley, will appear in court. The member for "
                + "Varrowdene spoke, and output at the Mponekwa mine fell. Storms hit Davao Oriental.", null, "en");
        assertThat(typeOf(entities, "Quarnley")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Varrowdene")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Mponekwa")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Davao Oriental")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void turkishNounCompoundsAreNoPersonsAndTownClubsAreOneName() {
        List<Entity> entities = recognizer.recognize("Ziyaretçiler Velibey Manastırı'nı gezdi. Bu yıl Kasırga Bayramı "
                + "erken başladı. Kırkağaç Gençlikspor, Soma Linyitspor'u 1-0 mağlup etti.", null, "tr");
        assertThat(typeOf(entities, "Velibey Manastırı")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Kasırga Bayramı")).isNotEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Kırkağaç Gençlikspor")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Soma Linyitspor")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void nicknamesScoresAndArticlesInSportAndMedia() {
        List<Entity> entities = recognizer.recognize("The Tanners have gone eleven games unbeaten. Sabalenka won, beating "
                + "Zheng Qinwen 6-3, 6-2. The Guardian reported it, and the Kenya Red Cross helped.", null, "en");
        assertThat(typeOf(entities, "Tanners")).as("'the' and a plural in a sports sentence").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Zheng Qinwen")).as("a player, no team").isEqualTo(EntityType.PERSON);
        assertThat(named(entities, "The Guardian").or(() -> named(entities, "Guardian")).orElseThrow().mentions())
                .extracting(Mention::text).containsExactly("Guardian");
        assertThat(typeOf(entities, "Kenya Red Cross")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anEverydayWordOpeningTheSentenceIsANameWhenAnAppositionSaysSoAndAnAmpersandJoinsAFirm() {
        List<Entity> entities = recognizer.recognize("Kestrel, the Leeds payments start-up, raised money. "
                + "Shares in Harlow & Crewe fell.", null, "en");
        assertThat(typeOf(entities, "Kestrel")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Harlow & Crewe")).as("no two towns").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anAbbreviationMatchesOnlyWithItsPeriod() {
        Entity kansas = named(recognizer.recognize("A jury in Wichita, Kan., found him guilty.", null, "en"), "Kansas").orElseThrow();
        assertThat(kansas.mentions()).extracting(Mention::text).containsExactly("Kan.");
        assertThat(recognizer.recognize("Dr Kan Tanaka said so.", null, "en")).extracting(Entity::id).doesNotContain("loc:region:kansas");
        assertThat(recognizer.recognize("Katie Allen, MD, PhD, said so.", null, "en")).extracting(Entity::type)
                .doesNotContain(EntityType.LOCATION);
    }

    @Test
    void aScoreBesideANameMakesATeamButNotTheVenue() {
        List<Entity> entities = recognizer.recognize("Wrexham continued their rise with a 2-0 win over Stockport County at "
                + "Racecourse Ground. Shamrock Rovers drew 1-1 with Bohemians. Celtic won 3-0 at Kilmarnock.", null, "en");
        assertThat(typeOf(entities, "Stockport County")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Racecourse Ground")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Bohemians")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Kilmarnock")).as("where they played").isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aMatchReportNamesTeamsByTheirTownsButNotWhereTheyPlayed() {
        List<Entity> entities = recognizer.recognize("Liverpool were held to a 1-1 draw by Crystal Palace at Anfield. "
                + "Real Madrid beat Villarreal 2-0 in Madrid. Gonzaga beat Saint Mary's 74-70 in Spokane, Washington. "
                + "Australia beat India by 295 runs.", null, "en");
        assertThat(typeOf(entities, "Liverpool")).as("a town in a match report").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Crystal Palace")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Villarreal")).as("a team beat it, though a surname too").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Madrid")).as("where they played").isEqualTo(EntityType.LOCATION);
        assertThat(entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Washington"))).map(Entity::type))
                .as("the state of a venue").containsExactly(EntityType.LOCATION);
        assertThat(typeOf(entities, "India")).as("national sides stay places").isEqualTo(EntityType.LOCATION);
        List<Entity> career = recognizer.recognize("Smith played for Sunderland and Hull before joining Celtic on loan "
                + "from Brentford. Liverpool is a city.", null, "en");
        assertThat(typeOf(career, "Sunderland")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(career, "Hull")).as("joined to a team").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(career, "Brentford")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(career, "Liverpool")).as("no score, no match").isEqualTo(EntityType.LOCATION);
        List<Entity> season = recognizer.recognize("Blackburn, still without a league win this season, pulled a goal back. "
                + "Australia won the first Ashes test in Perth.", null, "en");
        assertThat(typeOf(season, "Blackburn")).as("two words of the match and a town").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(season, "Ashes")).as("no town").isNotEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void otherLanguagesDoNotBreakGermanNounsAreNoFirstNames() {
        List<Entity> entities = recognizer.recognize("Bundeskanzler Friedrich Merz traf in Berlin den französischen "
                + "Präsidenten Emmanuel Macron.", null, "de");
        assertThat(named(entities, "Emmanuel Macron").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Emmanuel Macron");
        assertThat(typeOf(entities, "Berlin")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void givenNamesAreNoDemonymsOfAbbreviationsAndCamelCaseIsNoPerson() {
        List<Entity> entities = recognizer.recognize("Alan Birtles, 67, denied it. Users said ChatGPT was down, and "
                + "their agency Quorhybe said.", null, "en");
        assertThat(typeOf(entities, "Alan Birtles")).as("'Alan' is no demonym of 'Ala.'").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "ChatGPT")).isNotEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Quorhybe")).as("the noun before it beats 'said.'").isEqualTo(EntityType.ORGANIZATION);
        assertThat(MentionScan.isCamelCase("McLaren")).isFalse();
        assertThat(MentionScan.isCamelCase("WhatsApp")).isTrue();
    }

    @Test
    void kinNamedLikePlacesArePersonsAndACompassPointEndsNoPersonsName() {
        List<Entity> entities = recognizer.recognize("He is survived by two sons, Marcus and Leon, and a sister, Florence. "
                + "He lost his mother in Austin. \"It was awful,\" said Thabo Mokoena, 29, of Orlando East.", null, "en");
        assertThat(typeOf(entities, "Marcus")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Leon")).as("the rest of the list").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Florence")).as("a known city").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Austin")).as("a preposition between").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Orlando East")).as("given name, then a compass point").isEqualTo(EntityType.LOCATION);
        List<Entity> streets = recognizer.recognize("Police closed the intersection of North 35th Street and West Capitol "
                + "Drive.", null, "en");
        assertThat(typeOf(streets, "North 35th Street")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCentreBesideAGameOrItsCrowdIsTheArena() {
        List<Entity> entities = recognizer.recognize("The announced crowd at Canada Life Centre was 15,225. He was taken "
                + "to Denver Health Medical Center after the game. Swimmers will use Ashfield Aquatic Centre.", null, "en");
        assertThat(typeOf(entities, "Canada Life Centre")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Denver Health Medical Center")).as("a hospital").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Ashfield Aquatic Centre")).as("a pool").isEqualTo(EntityType.LOCATION);
        List<Entity> museums = recognizer.recognize("Paintings went on display at Kelvingrove Art Gallery and Museum. "
                + "Pilots at Lufthansa will strike, the Vereinigung Cockpit union said.", null, "en");
        assertThat(typeOf(museums, "Kelvingrove Art Gallery and Museum")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(museums, "Vereinigung Cockpit")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void churchTitlesAndStateOfficesAndTurkishTradesAsHeads() {
        List<Entity> entities = recognizer.recognize("Paris Başpiskoposu Laurent Ulrich kapıyı açtı. Saksonya Eyalet "
                + "Başbakanı Michael Kretschmer konuştu. Kentin en büyük üreticilerinden Merinos Halı fabrika açtı.", null, "tr");
        assertThat(typeOf(entities, "Paris")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Laurent Ulrich")).isEqualTo(EntityType.PERSON);
        assertThat(named(entities, "Eyalet")).as("part of the title").isEmpty();
        assertThat(typeOf(entities, "Merinos Halı")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> final_ = recognizer.recognize("Finalde Gürcü Geno Petriashvili'yi 4-3 yenen Demirtaş şampiyon oldu.", null, "tr");
        assertThat(named(final_, "Geno Petriashvili")).as("no opener, no demonym").isPresent();
        List<Entity> places = recognizer.recognize("Çalışmalara İç Anadolu'dan başlanacak. Filmler Sabancı Kültür "
                + "Merkezi'nde gösterilecek.", null, "tr");
        assertThat(typeOf(places, "İç Anadolu")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(places, "Sabancı Kültür Merkezi")).as("a venue").isEqualTo(EntityType.LOCATION);
        List<Entity> streets = recognizer.recognize("Uzun Çarşı ve Kurtuluş Caddesi'ndeki esnaf dükkan açtı.", null, "tr");
        assertThat(named(streets, "Uzun Çarşı")).as("two places, each with its head").isPresent();
        assertThat(typeOf(recognizer.recognize("Açılışa Zara Müftüsü Abdullah Şeker de katıldı.", null, "tr"), "Zara"))
                .as("a district's mufti, not the company's").isEqualTo(EntityType.LOCATION);
        List<Entity> seat = recognizer.recognize("Clinton, Demirel'i Beyaz Saray'da ağırladı. Beyaz Saray'ın açıklamasına "
                + "göre görüşme iyi geçti.", null, "tr");
        assertThat(named(seat, "Beyaz Saray").orElseThrow().mentions()).hasSize(1);
        assertThat(seat).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(Entity::name).contains("Beyaz Saray");
        assertThat(seat).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name).contains("White House");
        List<Entity> english = recognizer.recognize("Lands and Natural Resources Minister Emmanuel Armah-Kofi Buah spoke. "
                + "The Metropolitan Manila Development Authority deployed trucks.", null, "en");
        assertThat(named(english, "Lands and Natural Resources")).as("part of the title").isEmpty();
        assertThat(typeOf(english, "Metropolitan Manila Development Authority")).as("no Turkish 'metropolit' title")
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void officesAfterAMinisterAndHeadsOfCouncilsShiresAndTraders() {
        List<Entity> entities = recognizer.recognize("Minister for Health Jennifer Carroll MacNeill said the Health Service "
                + "Executive had opened beds. Officials of the Msunduzi Municipality sent crews to Hinchinbrook Shire. "
                + "Charles Schultze, chairman of the Council of Economic Advisers, spoke.", null, "en");
        assertThat(named(entities, "Jennifer Carroll MacNeill").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Health Service Executive")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Msunduzi Municipality")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Hinchinbrook Shire")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Council of Economic Advisers")).as("no minister's title before 'of'")
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aForceOfTwoCountiesAndAConstituencyAfterItsTown() {
        List<Entity> entities = recognizer.recognize("Avon and Somerset Police said crews from South Yorkshire Fire and "
                + "Rescue helped. Senator Ali Ndume, who represents Borno South, spoke. He lived between Bristol and Bath "
                + "for years.", null, "en");
        assertThat(typeOf(entities, "Avon and Somerset Police")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "South Yorkshire Fire and Rescue")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Borno South")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Commuters in Metro Manila and the Greater Toronto Area walked.", null, "en"),
                "Greater Toronto Area")).isEqualTo(EntityType.LOCATION);
        List<Entity> bodies = recognizer.recognize("Athletics Kenya named a team. Officials of England Netball agreed.", null, "en");
        assertThat(typeOf(bodies, "Athletics Kenya")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(bodies, "England Netball")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("The Wyoming Highway Patrol said the road was closed.", null, "en"), "Wyoming Highway Patrol"))
                .as("a patrol heads a body").isEqualTo(EntityType.ORGANIZATION);
        List<Entity> hydro = recognizer.recognize("The dam is run by Hydro Tasmania, and crews from Ambulance Tasmania stood by.", null, "en");
        assertThat(typeOf(hydro, "Hydro Tasmania")).as("a public body's noun before a region").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(hydro, "Ambulance Tasmania")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("The only road bridge into the Yorkshire Dales village reopened.", null, "en"),
                "Yorkshire Dales")).as("a plural that heads a place is no team's").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Bristol")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPlayerBeatingAGoalkeeperIsNoTeamNorATeamAfterTheAPerson() {
        List<Entity> entities = recognizer.recognize("Nazem Kadri scored twice after Jonathan Huberdeau beat Hellebuyck "
                + "with a wrist shot. Wolf finished with 28 saves for the Flames, who have lost three straight.", null, "en");
        assertThat(typeOf(entities, "Jonathan Huberdeau")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Flames")).isNotEqualTo(EntityType.PERSON);
        List<Entity> report = recognizer.recognize("Haji Wright scored in stoppage time as Coventry City came from behind "
                + "to beat Middlesbrough 2-1.", null, "en");
        assertThat(typeOf(report, "Haji Wright")).as("a player's shot").isEqualTo(EntityType.PERSON);
        assertThat(typeOf(report, "Middlesbrough")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleWordAfterAGivenNameAndBeforeNoNameIsTheSurname() {
        List<Entity> entities = recognizer.recognize("Det Con Lauren Bishop, of the economic crime unit, spoke. Lauren "
                + "Bishop Tutu arrived.", null, "en");
        assertThat(named(entities, "Lauren Bishop")).isPresent();
        assertThat(named(entities, "Tutu")).as("a title before a name stays one").isPresent();
        assertThat(named(recognizer.recognize("Leonard scored 26 points in Game 6 on Thursday.", null, "en"), "Game"))
                .as("a game of a series").isEmpty();
    }

    @Test
    void aFacilityAfterAnUnknownNameMakesItAPlaceAndBusCompaniesAreFirms() {
        List<Entity> entities = recognizer.recognize("Lorries queued at the Ngarama container terminal and near its "
                + "Okavu treatment plant, while crews cleared roads around Lumbeni and in parts of Tafara. Ferris Coaches "
                + "and Leeds Buses said they would bid.", null, "en");
        assertThat(typeOf(entities, "Ngarama")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Okavu")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Lumbeni")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Tafara")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Ferris Coaches")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Leeds Buses")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Workers walked out at the Tesla plant.", null, "en"), "Tesla, Inc."))
                .as("a known firm keeps its type").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTurkishPlaceNounAfterAnUnknownNameMakesItAPlace() {
        List<Entity> entities = recognizer.recognize("Ekipler Kavaklıdere mahallesindeki evlere ulaştı, Sorgun "
                + "adasında mahsur kalanlar ise Akyaka sahilinin yakınındaki Çamlık mevkiine taşındı. Maç Fenerbahçe "
                + "stadında oynandı.", null, "tr");
        assertThat(typeOf(entities, "Kavaklıdere")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Sorgun")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Akyaka")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Çamlık")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Fenerbahçe S.K.")).as("a known club keeps its type").isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTitleWordAfterAGivenNameIsASurnameInTurkishTooButNoCompound() {
        List<Entity> entities = recognizer.recognize("Kaptanın yerine takımı Ollie Pope yönetti. Sanatçı, Devlet "
                + "Sanatçısı unvanını aldı.", null, "tr");
        assertThat(typeOf(entities, "Ollie Pope")).isEqualTo(EntityType.PERSON);
        assertThat(named(entities, "Devlet Sanatçısı")).isEmpty();
    }

    @Test
    void aTurkishSentenceOpenerIsNoPartOfTheMinistryAfterIt() {
        List<Entity> entities = recognizer.recognize("Açıklama Dışişleri Bakanlığının internet sitesinde yayımlandı.", null, "tr");
        assertThat(names(entities)).contains("Dışişleri Bakanlığının").doesNotContain("Açıklama Dışişleri Bakanlığının");
    }

    @Test
    void loneNamesBetweenWhichSomethingRunsAreTurkishPlaces() {
        List<Entity> entities = recognizer.recognize("Belediye, Kuşluca ile Dereboyu arasındaki yolu yeniledi. "
                + "Sivasspor ile Konyaspor arasındaki maç ertelendi.", null, "tr");
        assertThat(typeOf(entities, "Kuşluca")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Dereboyu")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Sivasspor")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTurkishCriminalJudgeshipIsABody() {
        assertThat(typeOf(recognizer.recognize("Gölcük Sulh Ceza Hakimliği iki şüpheliyi tutukladı.", null, "tr"),
                "Gölcük Sulh Ceza Hakimliği")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aGivenNameRightBeforeAKnownSurnameIsAnotherPersonsAfterABoardTitle() {
        List<Entity> entities = recognizer.recognize("İTSO Yönetim Kurulu Üyesi Hakan Sarıgül, ihracatın arttığını "
                + "söyledi. Kasımpaşa 11 puanda kaldı.", null, "tr");
        Entity member = named(entities, "Hakan Sarıgül").orElseThrow();
        assertThat(member.type()).isEqualTo(EntityType.PERSON);
        assertThat(member.id()).as("not the known Mustafa Sarıgül").doesNotContain("mustafa");
        assertThat(typeOf(entities, "Kasımpaşa SK")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPersonsNameThatACountryAndAFirmShareIsAPersons() {
        assertThat(typeOf(recognizer.recognize("Maçın en skoreri Amerikalı oyuncu Jordan Williams oldu.", null, "tr"),
                "Jordan Williams")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void marketsThemeParksPluralPlaceNounsAndRegulators() {
        List<Entity> entities = recognizer.recognize("Traders at Kariokor market and visitors to the Hoa Lanh theme park "
                + "in the Tan Binh and Phu Nhuan districts complained to the National Water Regulator of Kenya.", null, "en");
        assertThat(typeOf(entities, "Kariokor")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Hoa Lanh")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Phu Nhuan")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "National Water Regulator of Kenya")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBodyOfAPlaceIsABody() {
        assertThat(typeOf(recognizer.recognize("Deputies of the Assembly of the Republic voted.", null, "en"),
                "Assembly of the Republic")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theNameAfterAStreetInAnAddressIsAPlace() {
        assertThat(typeOf(recognizer.recognize("Aidan Walsh, of Kimmage Road, Crumlin, was fined.", null, "en"), "Crumlin"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aWhoClauseOfTheirGameIsATeams() {
        assertThat(typeOf(recognizer.recognize("Sendai, who had lost their last three league games, sacked the coach.",
                null, "en"), "Sendai")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Hamilton, who won his seventh title, retired.", null, "en"), "Hamilton"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aFixtureBetweenTownsNamesTeamsWhereOneSideIsATeam() {
        List<Entity> entities = recognizer.recognize("Bolton travel to Coventry City on Friday, while Oxford host "
                + "Sunderland and Leeds entertain Burnley.", null, "en");
        assertThat(typeOf(entities, "Bolton")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Oxford")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Leeds")).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> ground = recognizer.recognize("The Wallabies travel to Edinburgh to play Scotland. Lisbon hosts "
                + "the Web Summit.", null, "en");
        assertThat(typeOf(ground, "Edinburgh")).as("where they play").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(ground, "Lisbon")).as("a city hosts").isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("Coventry equalised on the hour through a header.", null, "en"), "Coventry"))
                .as("a verb only a side does").isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Scotland equalised on the hour through a header.", null, "en"), "Scotland"))
                .as("a national side stays the place").isEqualTo(EntityType.LOCATION);
        List<Entity> participles = recognizer.recognize("Both play again on Sunday, with Denver visiting Phoenix and the Lakers "
                + "hosting Utah.", null, "en");
        assertThat(typeOf(participles, "Denver")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(participles, "Utah")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownNameHoldingAPossessiveIsReadWhole() {
        assertThat(typeOf(recognizer.recognize("Orchards in Hawke's Bay lost most of their crop.", null, "en"),
                "Hawke's Bay")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void officeWordsAfterABodysHeadBelongToTheTitle() {
        List<Entity> entities = recognizer.recognize("Ardahan Belediyesi Kültür Müdürü Hasan Polat konuştu.", null, "tr");
        assertThat(typeOf(entities, "Ardahan Belediyesi")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Hasan Polat")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPortfolioWordBeforeAGivenNameIsTheTitles() {
        assertThat(typeOf(recognizer.recognize("Minister for Tourism Grace Atim opened the fair.", null, "en"),
                "Grace Atim")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aPersonShapedNameBeforeAnOfficerAndHisNameIsACompany() {
        assertThat(typeOf(recognizer.recognize("Nile Crest Sugar general manager Asha Kiprono spoke to farmers.", null, "en"),
                "Nile Crest Sugar")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCurrencyBeforeItsAmountIsNoName() {
        List<Entity> entities = recognizer.recognize("The bridge will cost Tk 40 crore and the road RM 2 billion.", null, "en");
        assertThat(entities).noneMatch(e -> e.name().equals("Tk") || e.name().equals("RM"));
    }

    @Test
    void aTitleThatIsAGivenNameBetweenNamesIsASecondGivenName() {
        assertThat(typeOf(recognizer.recognize("Maçta Ahmet Emir Kabaca 19 sayı attı.", null, "tr"), "Ahmet Emir Kabaca"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTurkishOpenerEndingInDakiIsNoPartOfTheName() {
        List<Entity> entities = recognizer.recognize("Kıyıdaki Sarıgöl köyünden üreticiler toplandı.", null, "tr");
        assertThat(typeOf(entities, "Sarıgöl")).isEqualTo(EntityType.LOCATION);
        assertThat(entities).noneMatch(e -> e.name().startsWith("Kıyıdaki"));
    }

    @Test
    void aTurkishCommonNounOpeningTheSentenceIsNoBodyOfThatName() {
        assertThat(recognizer.recognize("Sabah saatlerinde başlayan sağanak derelerin taşmasına yol açtı.", null, "tr"))
                .noneMatch(e -> e.type() == EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Bakan, Sabah'a konuştu.", null, "tr"), "Sabah")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(recognizer.recognize("Kent merkezinde su boruları patladı.", null, "tr")).isEmpty();
        assertThat(typeOf(recognizer.recognize("Ordu, Trabzon ve Samsun'dan üreticiler geldi.", null, "tr"), "Ordu"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aTurkishPlaceBeforeALowerCaseLocalityWordIsAPlace() {
        List<Entity> entities = recognizer.recognize("Kaza, Ereğli yolunun Akhüyük mevkisinde ve Sarp kapısında oldu.", null, "tr");
        assertThat(typeOf(entities, "Akhüyük")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Sarp")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aDollarsCountryPrefixIsNoName() {
        assertThat(recognizer.recognize("The flat sold for HK$4 million, or about US$510,000, and NT $ 12 billion went to rail.", null, "en"))
                .isEmpty();
    }

    @Test
    void aFamilyNameBeforeAHyphenatedTwoSyllableGivenNameIsAPerson() {
        List<Entity> entities = recognizer.recognize("Prosecutors said Tsang Wai-man paid Ho Kam-fai in cash.", null, "en");
        assertThat(typeOf(entities, "Tsang Wai-man")).isEqualTo(EntityType.PERSON);
        assertThat(typeOf(entities, "Ho Kam-fai")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void malayPlaceLeadersAndCompanySuffixesTypeTheirNames() {
        List<Entity> entities = recognizer.recognize(
                "Teams went to Kampung Titingan and Taman Sri Tanjung, said Mercu Capital Securities Sdn Bhd.", null, "en");
        assertThat(typeOf(entities, "Kampung Titingan")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Taman Sri Tanjung")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(entities, "Mercu Capital Securities Sdn Bhd")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void pluralHeadWordsTypeTheirNames() {
        List<Entity> entities = recognizer.recognize(
                "They will appear at the Tuen Mun Magistrates' Courts, near the Kwai Tsing Container Terminals.", null, "en");
        assertThat(typeOf(entities, "Tuen Mun Magistrates' Courts")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Kwai Tsing Container Terminals")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCommaListThatAConjunctionEndsSharesTheTypeOfItsKnownNames() {
        List<Entity> entities = recognizer.recognize("Dhemaji, Lakhimpur, Morigaon and Golaghat are the worst hit.", null, "en");
        assertThat(typeOf(entities, "Dhemaji")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void anEverydayWordIsNoMisspeltPlaceNorAPersonOpeningTheSentence() {
        assertThat(recognizer.recognize("Try not to shop when you are Hungry.", null, "en")).noneMatch(e -> e.type() == EntityType.LOCATION);
        assertThat(recognizer.recognize("Fares are not expected to change.", null, "en")).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void allBeforeACountryOpensABodysName() {
        assertThat(typeOf(recognizer.recognize("The All India Football Federation said the match drew a record audience.", null, "en"),
                "All India Football Federation")).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTurkishLegalFormJoinsBothSidesOfVeIntoOneFirm() {
        List<Entity> entities = recognizer.recognize("Proje sahibi Kuzey Madencilik ve Enerji A.Ş., bakır çıkarmayı planlıyordu.", null, "tr");
        assertThat(typeOf(entities, "Kuzey Madencilik ve Enerji A.Ş.")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entities).hasSize(1);
    }

    @Test
    void aTurkishSpeakerIsFoundPastTheSentencesOfTheQuotationAndBeforeIse() {
        assertThat(typeOf(recognizer.recognize("Kocabaş, \"Gübre pahalı; fiyat düşük. Destek lazım\" dedi.", null, "tr"), "Kocabaş"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("Yazıcı ise seçimin bittiğini söyledi.", null, "tr"), "Yazıcı"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTurkishCooperativesEndingAndAnAgeBeforeANameTypeThem() {
        assertThat(typeOf(recognizer.recognize("Fiskobirlik Yönetim Kurulu Üyesi Tuncay Şener konuştu.", null, "tr"), "Fiskobirlik"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Yarışı 19 yaşındaki Koçak kazandı.", null, "tr"), "Koçak")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void officeWordsBeforeVeInATurkishTitleAreTheTitles() {
        List<Entity> entities = recognizer.recognize("Samsun İl Tarım ve Orman Müdürü Kadir Şenol konuştu.", null, "tr");
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Samsun", "Kadir Şenol");
    }

    @Test
    void aBodyNamedAfterAPersonKeepsTheTitleTheNameHolds() {
        assertThat(typeOf(recognizer.recognize("Öğrenciler, Şehit Ömer Halisdemir Anadolu Lisesi'nde toplandı.", null, "tr"),
                "Şehit Ömer Halisdemir Anadolu Lisesi")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Protokol, Bilecik Şeyh Edebali Üniversitesi ile imzalandı.", null, "tr"),
                "Bilecik Şeyh Edebali Üniversitesi")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Dr. Ahmet Kaya, Ankara Şehir Hastanesi'nde konuştu.", null, "tr"), "Ahmet Kaya"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aNameThatWasFoundedOrWhoseSharesMovedIsAnOrganisation() {
        assertThat(typeOf(recognizer.recognize("Arkwright was founded in 2011 by three researchers.", null, "en"), "Arkwright"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Shares of Kestrel Bio rose 11% in early trading, while Brightline slipped 2%.", null, "en"),
                "Brightline")).isEqualTo(EntityType.ORGANIZATION);
        // a piece of a longer name stays untyped
        assertThat(typeOf(recognizer.recognize("The main index of the Russian Trading System fell 2.1 percent.", null, "en"),
                "Trading System")).isNotEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPluralVerbAfterWhoSpeaksOfATeamNotAPerson() {
        assertThat(typeOf(recognizer.recognize("Arsenal are a point ahead of Liverpool, who are second after a draw.", null, "en"),
                "Liverpool")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("The motion was backed by Sarah Quill, who is a teacher.", null, "en"), "Sarah Quill"))
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTownsNameSpeakingAQuotationIsASurnameButACountryOrMajorCitySpeaksThroughItsGovernment() {
        assertThat(typeOf(recognizer.recognize("\"We have been let down too many times,\" Buchanan said.", null, "en"), "Buchanan"))
                .isEqualTo(EntityType.PERSON);
        assertThat(typeOf(recognizer.recognize("\"We will not pay,\" Moscow said.", null, "en"), "Moscow"))
                .isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aGivenNameAndAFamilyNameWithAnArabicArticleAreAPersons() {
        assertThat(typeOf(recognizer.recognize("Şirket adına açıklama yapan Halid el-Mansuri, oteli açacaklarını söyledi.", null, "tr"),
                "Halid el-Mansuri")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void turkishSectorWordsEndFirmsNamesAndLngIsNoName() {
        assertThat(typeOf(recognizer.recognize("İhaleyi Egemar Denizcilik kazandı.", null, "tr"), "Egemar Denizcilik"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("Grev kararını Teksif Uşak Şubesi Başkanı okudu.", null, "tr"), "Teksif Uşak Şubesi"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(recognizer.recognize("Küresel LNG arzı arttı.", null, "tr"))).isEmpty();
    }

    @Test
    void aCamelCaseFirmBeforeACountryIsItsNationalArm() {
        assertThat(typeOf(recognizer.recognize("Flights were delayed, AirNav Indonesia said.", null, "en"), "AirNav Indonesia"))
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aUnionsNumberedLocalIsOneOrganisation() {
        assertThat(typeOf(recognizer.recognize("Members of Teamsters Local 727 voted to strike.", null, "en"), "Teamsters Local 727"))
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(recognizer.recognize("The Local 12 bus was late.", null, "en"))).doesNotContain("Local 12");
    }

    @Test
    void aPlaceBeforeAPortfolioAndMinisterIsThePlaceAlone() {
        List<Entity> entities = recognizer.recognize("Alberta Energy Minister Bryce Lindqvist said the province would help.", null, "en");
        assertThat(names(entities)).containsExactlyInAnyOrder("Alberta", "Bryce Lindqvist");
        assertThat(typeOf(entities, "Alberta")).isEqualTo(EntityType.LOCATION);
        assertThat(names(recognizer.recognize("Papua New Guinea's Petroleum Minister Timothy Waim spoke.", null, "en")))
                .containsExactlyInAnyOrder("Papua New Guinea", "Timothy Waim");
    }

    @Test
    void aMinistrysPortfoliosListedWithCommasAndAndAreItsName() {
        assertThat(names(recognizer.recognize("The Ministry of Agriculture, Fisheries and Water Resources said the wells were salty.", null, "en")))
                .containsExactly("Ministry of Agriculture, Fisheries and Water Resources");
        assertThat(names(recognizer.recognize("Schools stay open, the Ministry of Youth, Sports and Culture said.", null, "en")))
                .containsExactly("Ministry of Youth, Sports and Culture");
        // no list of portfolios: places after the comma
        assertThat(names(recognizer.recognize("The Ministry of Defence, Russia and Ukraine all denied it.", null, "en")))
                .contains("Russia", "Ukraine");
    }

    @Test
    void aRoyalTitleBeforeAStreetSchoolOrUniversityIsPartOfItsName() {
        assertThat(typeOf(recognizer.recognize("She spoke at a community hall on Prince Albert Street.", null, "en"),
                "Prince Albert Street")).isEqualTo(EntityType.LOCATION);
        assertThat(typeOf(recognizer.recognize("He played for Queen Margaret School last year.", null, "en"),
                "Queen Margaret School")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("The study was led by scientists at King Faisal University of Medical Sciences.", null, "en"),
                "King Faisal University of Medical Sciences")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(recognizer.recognize("King Harald met Prince Haakon in Oslo.", null, "en"), "Haakon")).isEqualTo(EntityType.PERSON);
    }

    @Test
    void veBetweenAKnownPartyAndAnotherPartyJoinsNoName() {
        List<Entity> entities = recognizer.recognize("Oylamada MHP ve Yeniden Refah Partisi üyeleri de ret oyu kullandı.", null, "tr");
        assertThat(entities).extracting(Entity::name).doesNotContain("MHP ve Yeniden Refah Partisi");
        assertThat(entities).hasSize(2);
    }

    @Test
    void theCityOfAPlaceIsItsCouncilAndThePlaceAloneStaysAPlace() {
        List<Entity> entities = recognizer.recognize(
                "Ratepayers in Narrowdale face higher bills after the City of Narrowdale adopted its budget.", null, "en");
        assertThat(typeOf(entities, "City of Narrowdale")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(typeOf(entities, "Narrowdale")).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void oddInputGivesNoEntities() {
        assertThat(recognizer.recognize("", null, null)).isEmpty();
        assertThat(recognizer.recognize(null, null, "und")).isEmpty();
        assertThat(recognizer.recognize("’’ -- '' ... 123 456", "", "xx")).isEmpty();
    }
}

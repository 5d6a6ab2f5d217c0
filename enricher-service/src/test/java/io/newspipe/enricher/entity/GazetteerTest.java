package io.newspipe.enricher.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.TestEnrichers;
import io.newspipe.enricher.text.Casing;
import io.newspipe.enricher.text.Folding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    private final Gazetteer gazetteer = TestEnrichers.gazetteer();

    private Optional<String> linkedId(String name, EntityType hint) {
        String key = Folding.key(name);
        return gazetteer.exact(key, hint, false).or(() -> gazetteer.fuzzy(key, hint).map(Gazetteer.Match::entry))
                .map(GazetteerEntry::id);
    }

    /**
     * A name two entries of one type share matches neither exactly, so a row added twice under two ids ("Walt Disney
     * Co" beside "Walt Disney Co.") silently unlinks the entity. Acronyms may be shared ("AP", "ITU"), and so may the
     * generated places; the names listed here are ambiguous on purpose.
     */
    @Test
    void noNameIsSharedByTwoCuratedEntriesOfOneType() {
        Set<String> ambiguousOnPurpose = Set.of("kongo", "tunis", "saipa", "sar", "virginskie-o-va");
        Map<String, String> holder = new HashMap<>();
        Map<String, String> shared = new TreeMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (gazetteer.isFillIn(entry) && entry.type() == EntityType.LOCATION) {
                continue;
            }
            for (String name : entry.names()) {
                String key = Folding.key(name);
                if (key.isEmpty() || Casing.isAllUpper(name, 2) || ambiguousOnPurpose.contains(key)) {
                    continue;
                }
                String other = holder.putIfAbsent(entry.type() + " " + key, entry.id());
                if (other != null && !other.equals(entry.id())) {
                    shared.put(key, other + " and " + entry.id());
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void spellingsOfLukashenkoLinkToOnePerson() {
        String id = linkedId("Lukashenko", null).orElseThrow();
        assertThat(linkedId("Lukashenka", null)).contains(id);
        assertThat(linkedId("Lukaşenko", null)).contains(id);
        assertThat(linkedId("Lukaschenko", null)).as("fuzzy: not an alias").contains(id);
        assertThat(linkedId("Aleksandr Lukaşenka", EntityType.PERSON)).contains(id);
    }

    @Test
    void aCountryNamedInsideATerritorysNameIsStillThatCountry() {
        // ICU names Macao "Macao (China)" and Hong Kong likewise in some languages: "China" is China's alone.
        assertThat(gazetteer.exact(Folding.key("China"), null, false)).get().extracting(GazetteerEntry::id).isEqualTo("loc:country:CN");
        assertThat(gazetteer.exact(Folding.key("Macao"), null, false)).get().extracting(GazetteerEntry::id).isEqualTo("loc:country:MO");
        assertThat(gazetteer.exact(Folding.key("США"), null, true)).get().extracting(GazetteerEntry::id).isEqualTo("loc:country:US");
    }

    @Test
    void townsNamedLikeEverydayWordsOrGivenNamesAreOfferedOnlyToAPlacesContext() {
        assertThat(gazetteer.exact(Folding.key("Darwin"), null, false)).isEmpty();
        assertThat(gazetteer.exact(Folding.key("Darwin"), EntityType.LOCATION, false)).isEmpty();
        assertThat(gazetteer.placeInContext(Folding.key("Darwin"))).get().extracting(GazetteerEntry::type).isEqualTo(EntityType.LOCATION);
        assertThat(gazetteer.placeInContext(Folding.key("Kabul"))).as("the main city list has it").isEmpty();
    }

    @Test
    void twoTownsOfOneNameInAFillInLayerAreTheMorePopulousOne() {
        // Minnesota's Saint Paul and Réunion's Saint-Paul fold alike; the cities are listed most populous first.
        assertThat(gazetteer.exact(Folding.key("Saint Paul"), null, false)).get().extracting(GazetteerEntry::id)
                .isEqualTo("loc:geonames:5045360");
    }

    @Test
    void aDifferentNameDoesNotLink() {
        assertThat(linkedId("Lukas", null)).isEmpty();
        assertThat(linkedId("Lukasiewicz", null)).isEmpty();
        assertThat(gazetteer.similarNames(Folding.key("Lukas"), Folding.key("Lukashenko"))).isFalse();
        assertThat(linkedId("German", null)).as("a derivation, not a spelling").isEmpty();
        assertThat(linkedId("Belaruslu", null)).isEmpty();
    }

    @Test
    void weaponSystemsLinkAcrossSpellings() {
        String iskander = linkedId("Iskander", null).orElseThrow();
        assertThat(linkedId("Iskandar", EntityType.MISC)).contains(iskander);
        assertThat(linkedId("İskender", EntityType.MISC)).contains(iskander);
        assertThat(linkedId("Iskandar-M", EntityType.MISC)).contains(iskander);
        assertThat(linkedId("S-400", null)).contains("misc:weapon:s-400");
        assertThat(linkedId("S-410", null)).as("designators link exactly only: no S-400 for S-410").isEmpty();
    }

    @Test
    void fuzzyLinksNeedAnAgreeingType() {
        assertThat(linkedId("Iskandar", EntityType.PERSON)).isEmpty();
        assertThat(linkedId("Iskandar", EntityType.MISC)).isPresent();
    }

    @Test
    void countriesComeFromIcuInSeveralLanguagesPlusCuratedAliases() {
        assertThat(linkedId("Belarus", null)).contains("loc:country:BY");
        assertThat(linkedId("Beyaz Rusya", null)).contains("loc:country:BY");
        assertThat(linkedId("Russland", null)).as("German, from ICU").contains("loc:country:RU");
        assertThat(linkedId("Biélorussie", null)).as("French, from ICU").contains("loc:country:BY");
        assertThat(linkedId("Rusya", null)).contains("loc:country:RU");
        assertThat(linkedId("Russian Federation", null)).contains("loc:country:RU");
        assertThat(linkedId("Россия", null)).contains("loc:country:RU");
        assertThat(linkedId("Almanya", null)).contains("loc:country:DE");
        assertThat(gazetteer.byId("loc:country:RU").orElseThrow().qid()).isEqualTo("Q159");
        assertThat(gazetteer.size()).isGreaterThan(250);
    }

    @Test
    void acronymAliasesNeedCapitals() {
        assertThat(gazetteer.exact("ab", null, true)).map(GazetteerEntry::id).contains("org:eu");
        assertThat(gazetteer.exact("ab", null, false)).isEmpty();
    }

    @Test
    void anOverrideFileExtendsAndOverrides(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, """
                # extra entries
                per:jane-roe\tPERSON\tJane Roe\t\tJane Roe|Roe
                loc:country:BY\t\t\t\tBelarussia
                """, StandardCharsets.UTF_8);
        Gazetteer extended = GazetteerLoader.load(file, LinkingSettings.DEFAULTS);
        assertThat(extended.exact("jane-roe", EntityType.PERSON, false)).map(GazetteerEntry::name).contains("Jane Roe");
        assertThat(extended.exact("belarussia", null, false)).map(GazetteerEntry::id).contains("loc:country:BY");
        assertThat(extended.byId("loc:country:BY").orElseThrow().qid()).as("kept").isEqualTo("Q184");
    }

    @Test
    void fillInLayersGiveWayToCuratedEntriesAndToEachOtherInOrder() {
        // The world-names layer comes before the cities: "Obama" is the president, not the town in Fukui.
        assertThat(gazetteer.exact(Folding.key("Obama"), null, false)).map(GazetteerEntry::type).contains(EntityType.PERSON);
        assertThat(gazetteer.exact(Folding.key("Walmart"), null, false)).map(GazetteerEntry::type).contains(EntityType.ORGANIZATION);
        // A curated entry keeps its names: Trump is the curated row with its QID, not a fill-in copy.
        assertThat(gazetteer.exact(Folding.key("Donald Trump"), null, false)).map(GazetteerEntry::qid).contains("Q22686");
        // Fill-in names are exact only: no fuzzy link to a misspelt company.
        assertThat(gazetteer.fuzzy(Folding.key("Walmert"), null)).isEmpty();
    }

    @Test
    void aNameSpeltSoInLatinBeatsATransliterationThatFoldsAlike() {
        // Russian "Тунис" (Tunisia, from ICU) folds to "tunis", the city's name.
        assertThat(linkedId("Tunis", null)).contains("loc:city:tunis");
        assertThat(linkedId("Tunus", null)).contains("loc:country:TN");
    }

    @Test
    void malformedRowsAreRejectedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "per:x\tPERSON\tX\tnot-a-qid\tX\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GazetteerLoader.load(file, LinkingSettings.DEFAULTS))
                .hasMessageContaining("bad.tsv:1").hasMessageContaining("QID");
    }
}

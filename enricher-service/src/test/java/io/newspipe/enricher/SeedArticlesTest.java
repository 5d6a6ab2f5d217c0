package io.newspipe.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed articles report one event in Turkish and English: the same entities must get the same ids. */
class SeedArticlesTest {

    private static EnrichedArticle turkish;
    private static EnrichedArticle english;

    @BeforeAll
    static void enrichSeeds() throws IOException {
        Path seeds = TestInfrastructure.repoRoot().resolve("seeds");
        List<EnrichedArticle> enriched;
        try (Stream<Path> files = Files.list(seeds)) {
            enriched = files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(SeedArticlesTest::enrich).toList();
        }
        assertThat(enriched).hasSize(2);
        turkish = enriched.stream().filter(a -> a.language().code().equals("tr")).findFirst().orElseThrow();
        english = enriched.stream().filter(a -> a.language().code().equals("en")).findFirst().orElseThrow();
        if (Boolean.getBoolean("seeds.print")) {
            Stream.of(turkish, english).forEach(a -> {
                System.out.println("== " + a.language());
                a.entities().forEach(e -> System.out.println(e.id() + " " + e.type() + " '" + e.name() + "' " + e.salience()
                        + " " + e.mentions().stream().map(Mention::text).toList()));
            });
        }
    }

    private static EnrichedArticle enrich(Path file) {
        try {
            List<String> paragraphs = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            return TestEnrichers.enricher().enrich(TestEnrichers.article(ArticleId.of("file:" + file.getFileName()), null, paragraphs));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void languagesAreTurkishAndEnglishWithConfidence() {
        assertThat(turkish.language().confidence()).isGreaterThan(0.5);
        assertThat(english.language().confidence()).isGreaterThan(0.5);
        assertThat(turkish.language().shares().get(0).code()).isEqualTo("tr");
        assertThat(english.language().shares().get(0).code()).isEqualTo("en");
    }

    @Test
    void theSameEntitiesHaveTheSameIdsInBothLanguages() {
        Map<String, Entity> tr = byName(turkish);
        Map<String, Entity> en = byName(english);
        for (String name : List.of("Alexander Lukashenko", "Vladimir Putin", "Belarus", "Russia", "Minsk", "S-400 Triumf", "9K720 Iskander")) {
            assertThat(tr).as("Turkish entities").containsKey(name);
            assertThat(en).as("English entities").containsKey(name);
            assertThat(tr.get(name).id()).isEqualTo(en.get(name).id());
            assertThat(tr.get(name).type()).isEqualTo(en.get(name).type());
        }
        assertThat(tr.get("Alexander Lukashenko").type()).isEqualTo(EntityType.PERSON);
        assertThat(tr.get("Minsk").type()).isEqualTo(EntityType.LOCATION);
        assertThat(en.get("9K720 Iskander").type()).isEqualTo(EntityType.MISC);
        assertThat(tr.get("Belarus").id()).isEqualTo("loc:country:BY");
        assertThat(en.get("Russia").id()).isEqualTo("loc:country:RU");
    }

    @Test
    void spellingVariantsFallUnderOneEntity() {
        assertThat(surfaces(english, "Alexander Lukashenko")).contains("Lukashenka", "Lukashenko");
        assertThat(surfaces(turkish, "Alexander Lukashenko")).contains("Aleksandr Lukaşenko", "Lukaşenko", "Lukaşenko’nun");
        assertThat(surfaces(english, "9K720 Iskander")).contains("Iskandar", "Iskandar-M");
        assertThat(surfaces(turkish, "9K720 Iskander")).contains("İskender");
        assertThat(surfaces(turkish, "Russia")).contains("Rusya", "Rusya’nın");
        assertThat(surfaces(turkish, "Belarus")).contains("Belarus’un", "Belarus’a");
        assertThat(surfaces(turkish, "Minsk")).contains("Minsk’te");
    }

    @Test
    void mentionOffsetsPointAtTheirText() {
        for (EnrichedArticle article : List.of(turkish, english)) {
            String text = article.article().text();
            for (Entity entity : article.entities()) {
                assertThat(entity.mentions()).isNotEmpty();
                for (Mention m : entity.mentions()) {
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                }
                assertThat(entity.salience()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void sentenceOpenersAndDemonymsAreNotEntities() {
        assertThat(byName(turkish)).doesNotContainKeys("Kritik", "Ayrıca", "Belaruslu", "Tecrit", "Savaş", "Dost");
        assertThat(byName(english)).doesNotContainKeys("According", "Foreign", "Russian", "Belarusian", "December", "No", "This", "White");
    }

    @Test
    void theMainActorsAreTheMostSalient() {
        for (EnrichedArticle article : List.of(turkish, english)) {
            assertThat(article.entities().get(0).name()).isEqualTo("Alexander Lukashenko");
            assertThat(article.entities().stream().limit(4).map(Entity::name)).contains("Vladimir Putin");
            Entity last = article.entities().get(article.entities().size() - 1);
            assertThat(last.salience()).isLessThan(article.entities().get(0).salience());
        }
    }

    private static Map<String, Entity> byName(EnrichedArticle article) {
        return article.entities().stream().collect(Collectors.toMap(Entity::name, Function.identity(), (a, b) -> a));
    }

    private static List<String> surfaces(EnrichedArticle article, String name) {
        return byName(article).get(name).mentions().stream().map(Mention::text).toList();
    }
}

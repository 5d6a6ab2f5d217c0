package io.newspipe.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import io.newspipe.contract.Removal;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeedArticlesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private final ArticleCleaner cleaner = ArticleCleaner.withDefaults(Clock.fixed(NOW, ZoneOffset.UTC));

    static Path seed(String languageHint) throws IOException {
        try (Stream<Path> files = Files.list(TestInfrastructure.repoRoot().resolve("seeds"))) {
            return files.filter(p -> {
                try {
                    String text = Files.readString(p);
                    return languageHint.equals("tr") == text.contains("ş");
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow();
        }
    }

    static RawPage page(Path file) throws IOException {
        return RawPage.of("file:seeds/" + file.getFileName(), "seeds", NOW, "text/plain", null, Files.readAllBytes(file));
    }

    /** The source's paragraphs, split as a reader sees them. */
    static List<String> sourceParagraphs(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void englishSeedLosesSpamAndFootersOnly() throws IOException {
        Path file = seed("en");
        CleanArticle article = cleaner.clean(page(file));

        assertThat(article.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(article.title()).isEqualTo("Lukashenka: Russian supplied missile system enters combat duty state");
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("injected-spam", "hoka shoes"),
                org.assertj.core.groups.Tuple.tuple("comment-footer", "1. No comments yet."),
                org.assertj.core.groups.Tuple.tuple("comment-footer", "1. No trackbacks yet."));
        List<String> source = sourceParagraphs(file);
        List<String> body = source.subList(2, source.size() - 2);
        assertThat(body).hasSize(5);
        assertThat(article.paragraphs()).containsExactlyElementsOf(body);
        assertThat(article.text()).isEqualTo(String.join("\n\n", body));
        assertThat(article.cleanedAt()).isEqualTo(NOW);
        assertThat(article.rawSha256()).hasSize(64);
    }

    @Test
    void turkishSeedLosesHeadlineRepeatsOnly() throws IOException {
        Path file = seed("tr");
        CleanArticle article = cleaner.clean(page(file));

        String title = "Aleksandr Lukaşenko: S-400 ve İskender sistemleri devrede";
        assertThat(article.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.removed()).hasSize(2).allSatisfy(r -> {
            assertThat(r.rule()).isEqualTo("headline-repeat");
            assertThat(r.text()).isEqualTo(title);
        });
        assertThat(article.paragraphs())
                .doesNotContain(title)
                .contains("\"Savaş kabiliyetinin artırılmasında anlaştık\"",
                        "\"S-400 ve İskender sistemlerini devreye soktuk\"",
                        "\"Tüm önlemleri birlikte alacağız\"",
                        "Belaruslu pilotların eğitimine yeşil ışık",
                        "ABD örneğini verdi",
                        "\"Tecrit etme girişimlerine birlikte direniyoruz\"");
        List<String> expected = sourceParagraphs(file).stream().skip(1).filter(p -> !p.equals(title))
                .map(p -> p.replace('\u00a0', ' ')).toList();
        assertThat(article.paragraphs()).containsExactlyElementsOf(expected);
    }
}

package io.newspipe.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.Topics;
import io.newspipe.testsupport.ContractAssertions;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's run command, as a user types it: embedded broker, H2 store, the seeds, a summary. */
class NewspipeCliIT {

    @TempDir
    Path work;

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void captureOutput() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
    }

    @Test
    void runOnceStoresTheSeedsAndASecondRunPublishesNothingTwice() throws Exception {
        Path seeds = copyOfTheSeeds();
        String[] args = {"run", "--once", "--seeds", seeds.toString(), "--data", work.resolve("data").toString(), "--port", "0"};

        int exit = new CommandLine(new NewspipeCli()).execute(args);

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(summary).isZero();
        assertThat(summary).contains("stored 2 articles")
                .contains("Lukashenka: Russian supplied missile system enters combat duty state")
                .contains("Aleksandr Lukaşenko: S-400 ve İskender sistemleri devrede")
                .contains("language: tr").contains("language: en")
                .doesNotContain("NOT STORED");

        out.reset();
        int again = new CommandLine(new NewspipeCli()).execute(args);
        assertThat(again).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stored 2 articles");
    }

    @Test
    void cleanPrintsOneConformingJsonLinePerFile() throws Exception {
        Path seeds = copyOfTheSeeds();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.sorted().toList();
        }

        int exit = new CommandLine(new NewspipeCli()).execute("clean", files.get(0).toString(), files.get(1).toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(2);
        for (int i = 0; i < 2; i++) {
            ContractAssertions.assertConforms(Topics.CLEAN_ARTICLES, lines.get(i));
            assertThat(lines.get(i)).contains("\"sourceUri\":\"file:" + files.get(i).normalize().toString().replace('\\', '/') + "\"");
        }
        assertThat(new CommandLine(new NewspipeCli()).execute("clean", seeds.resolve("missing.txt").toString())).isEqualTo(1);
    }

    @Test
    void enrichPrintsConformingEnrichedArticlesWithAndWithoutTheCleaner() throws Exception {
        Path seeds = copyOfTheSeeds();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.sorted().toList();
        }

        int exit = new CommandLine(new NewspipeCli()).execute("enrich", files.get(0).toString(), files.get(1).toString());
        int raw = new CommandLine(new NewspipeCli()).execute("enrich", "--no-clean", files.get(1).toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(raw).isZero();
        assertThat(lines).hasSize(3);
        lines.forEach(line -> ContractAssertions.assertConforms(Topics.ENRICHED_ARTICLES, line));
        assertThat(lines.get(0)).contains("\"code\":\"tr\"").contains("Lukaşenko");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(lines.get(1)).contains("\"code\":\"en\"");
        assertThat(json.readTree(lines.get(1)).path("article").path("text").asString()).doesNotContain("hoka shoes");
        assertThat(json.readTree(lines.get(2)).path("article").path("text").asString())
                .as("--no-clean keeps the text as it is").startsWith("hoka shoes");
    }

    private Path copyOfTheSeeds() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        try (Stream<Path> files = Files.list(TestInfrastructure.repoRoot().resolve("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        return seeds;
    }
}

package io.newspipe.cleaner.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.CleaningOptions;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class CleanerPropertiesTest {

    @Test
    void defaultsMatchTheCoreDefaults() {
        CleanerProperties p = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("newspipe.cleaner", CleanerProperties.class);
        assertThat(p.toOptions()).isEqualTo(CleaningOptions.defaults());
    }

    @Test
    void everySettingIsOverridableByEnvironmentVariables(@TempDir Path dir) throws IOException {
        Path phrases = dir.resolve("phrases.txt");
        Files.writeString(phrases, "[comment-footer]\nwrite to the editor\n");
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", Map.of(
                "NEWSPIPE_CLEANER_MIN_PARAGRAPH_CHARS", "40",
                "NEWSPIPE_CLEANER_MAX_REMOVALS", "7",
                "NEWSPIPE_CLEANER_MAX_INPUT_SIZE", "2MB",
                "NEWSPIPE_CLEANER_PHRASES_FILE", phrases.toString())));
        CleanerProperties p = Binder.get(env).bindOrCreate("newspipe.cleaner", CleanerProperties.class);
        assertThat(p.minParagraphChars()).isEqualTo(40);
        assertThat(p.maxRemovals()).isEqualTo(7);
        assertThat(p.toOptions().maxInputBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(p.phrasesFile()).isEqualTo(phrases);

        ArticleCleaner cleaner = new ArticleCleaner(p.toOptions(), Clock.systemUTC());
        String text = "Harbour reopens\n\nThe harbour reopened on Monday after three weeks of repairs to the storm-damaged "
                + "quay, and the first ferry arrived on time.\n\nWrite to the editor\n\nNo comments yet.";
        CleanArticle a = cleaner.clean(RawPage.of("file:x.txt", "t", Instant.now(), "text/plain", "UTF-8",
                text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.paragraphs()).endsWith("No comments yet.").doesNotContain("Write to the editor");
    }
}

package io.newspipe.cleaner.pipeline;

import io.newspipe.cleaner.CleaningOptions;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the cleaner ({@code newspipe.cleaner.*}, e.g. {@code NEWSPIPE_CLEANER_MIN_PARAGRAPH_CHARS}).
 * See {@link CleaningOptions} for what each does.
 *
 * @param phrasesFile boilerplate phrase lists replacing the bundled {@code cleaner/boilerplate-phrases.txt}
 */
@ConfigurationProperties("newspipe.cleaner")
public record CleanerProperties(
        @DefaultValue("25") int minParagraphChars,
        @DefaultValue("80") int bodyParagraphChars,
        @DefaultValue("8") int spamLineMaxWords,
        @DefaultValue("250") int titleMaxChars,
        @DefaultValue("50") int maxRemovals,
        @DefaultValue("16MB") DataSize maxInputSize,
        @DefaultValue("512") int maxHtmlDepth,
        Path phrasesFile) {

    public CleaningOptions toOptions() {
        return new CleaningOptions(minParagraphChars, bodyParagraphChars, spamLineMaxWords, titleMaxChars, maxRemovals,
                (int) Math.min(Integer.MAX_VALUE - 8, maxInputSize.toBytes()), maxHtmlDepth, phrasesFile);
    }
}

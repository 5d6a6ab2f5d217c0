package io.newspipe.fetcher.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest
    @CsvSource({
            "a.html, text/html",
            "dir/b.HTM, text/html",
            "c.xhtml, text/html",
            "d.txt, text/plain",
            "e.TEXT, text/plain",
            "notes.md, text/plain",
            "f.qqzzunknownext, application/octet-stream",
    })
    void guessesFromTheExtension(String name, String expected) {
        assertThat(ContentTypes.of(Path.of(name))).isEqualTo(expected);
    }
}

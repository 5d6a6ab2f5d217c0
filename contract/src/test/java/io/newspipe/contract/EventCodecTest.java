package io.newspipe.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void roundTripsARawPageAndKeepsTheBytes() {
        byte[] body = "Merhaba dünya".getBytes(StandardCharsets.UTF_8);
        RawPage page = RawPage.of("file:a/b.txt", "seeds", Instant.parse("2026-01-02T03:04:05Z"), "text/plain", null, body);

        RawPage back = codec.read(codec.write(page), RawPage.class);

        assertThat(back).isEqualTo(page);
        assertThat(back.body()).isEqualTo(body);
        assertThat(back.id()).isEqualTo(ArticleId.of("file:a/b.txt")).hasSize(32);
        assertThat(codec.write(page)).contains("\"fetchedAt\":\"2026-01-02T03:04:05Z\"");
    }

    @Test
    void readersIgnoreUnknownFields() {
        String json = "{\"schemaVersion\":2,\"id\":\"x\",\"sourceUri\":\"file:x\",\"aFieldFromTheFuture\":{\"a\":1}}";

        RawPage page = codec.read(json, RawPage.class);

        assertThat(page.schemaVersion()).isEqualTo(2);
        assertThat(page.sourceUri()).isEqualTo("file:x");
    }

    @Test
    void malformedJsonIsAnInvalidEvent() {
        assertThatThrownBy(() -> codec.read("{not json", CleanArticle.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("CleanArticle");
        assertThatThrownBy(() -> codec.read("", CleanArticle.class)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void cleanArticleTextIsTheParagraphsJoinedByABlankLine() {
        CleanArticle a = new CleanArticle(1, "id", "file:x", null, null, "h", "text/plain", "T", null, null, null,
                null, null, null, null, java.util.List.of("one", "two"), null, null, CleanArticle.Status.OK, null, null);

        assertThat(a.text()).isEqualTo("one\n\ntwo");
    }

    @Test
    void articleIdIsStableAndDependsOnlyOnTheSource() {
        assertThat(ArticleId.of("https://example.com/a")).isEqualTo(ArticleId.of("https://example.com/a"))
                .isNotEqualTo(ArticleId.of("https://example.com/b"));
        assertThatThrownBy(() -> ArticleId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

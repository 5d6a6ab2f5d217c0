package io.newspipe.cleaner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MalformedInputTest {

    private static final String PROSE = "The council met on Tuesday evening to debate the new budget, which cuts spending on roads "
            + "and raises money for schools, libraries and public transport across the region.";

    private final ArticleCleaner cleaner = ArticleCleaner.withDefaults(Clock.systemUTC());

    private static RawPage page(String contentType, String charset, byte[] body) {
        return RawPage.of("https://example.org/news/" + contentType, "test", Instant.now(), contentType, charset, body);
    }

    @Test
    void emptyBodyIsEmpty() {
        CleanArticle a = cleaner.clean(page("text/html", null, new byte[0]));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.EMPTY);
        assertThat(a.statusReason()).isEqualTo("empty body");
        assertThat(a.rawSha256()).hasSize(64);
    }

    @Test
    void missingOrInvalidBase64IsEmpty() {
        RawPage noBody = new RawPage(1, "0".repeat(32), "file:x", null, null, "text/plain", null, null, null);
        assertThat(cleaner.clean(noBody).status()).isEqualTo(CleanArticle.Status.EMPTY);
        RawPage badBase64 = new RawPage(1, "0".repeat(32), "file:x", null, null, "text/plain", null, "!!not base64!!", null);
        CleanArticle a = cleaner.clean(badBase64);
        assertThat(a.status()).isEqualTo(CleanArticle.Status.EMPTY);
        assertThat(a.statusReason()).contains("Base64");
    }

    @Test
    void binaryBytesAreEmptyWhateverTheLabel() {
        byte[] noise = new byte[20_000];
        new Random(42).nextBytes(noise);
        for (String type : new String[] {"application/octet-stream", "text/plain", "text/html", null}) {
            CleanArticle a = cleaner.clean(page(type, null, noise));
            assertThat(a.status()).as(String.valueOf(type)).isEqualTo(CleanArticle.Status.EMPTY);
            assertThat(a.statusReason()).as(String.valueOf(type)).containsAnyOf("binary", "undecodable");
        }
    }

    @Test
    void brokenUtf8KeepsTheReadableText() {
        byte[] good = ("Council budget\n\n" + PROSE).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[good.length + 2];
        System.arraycopy(good, 0, body, 0, good.length);
        body[good.length] = (byte) 0xE2;
        body[good.length + 1] = (byte) 0x82; // truncated three-byte sequence
        CleanArticle a = cleaner.clean(page("text/plain", "UTF-8", body));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.title()).isEqualTo("Council budget");
        assertThat(a.paragraphs().get(0)).startsWith(PROSE);
    }

    @Test
    void unknownContentTypeIsSniffed() {
        String html = "<!doctype html><html><head><title>Council budget</title></head><body><p>" + PROSE + "</p></body></html>";
        CleanArticle a = cleaner.clean(page("application/octet-stream", null, html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Council budget");
        assertThat(a.paragraphs()).containsExactly(PROSE);
    }

    @Test
    void fiveThousandDeepNestingDegradesWithoutStackOverflow() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        html.append("<div><span>".repeat(5_000)).append("<p>").append(PROSE).append("</p>")
                .append("</span></div>".repeat(5_000)).append("</body></html>");
        CleanArticle a = cleaner.clean(page("text/html", "UTF-8", html.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.text()).contains(PROSE);
    }

    @Test
    void tenMegabytePageIsCleanedInReasonableTime() {
        StringBuilder html = new StringBuilder("<html><head><title>Huge page | Example</title></head><body><nav>");
        html.append("<a href=\"/x\">Section</a> ".repeat(2_000)).append("</nav><article>");
        int i = 0;
        while (html.length() < 10 * 1024 * 1024) {
            html.append("<p>").append(i++).append(' ').append(PROSE).append("</p>\n");
        }
        html.append("</article></body></html>");
        long start = System.nanoTime();
        CleanArticle a = cleaner.clean(page("text/html", "UTF-8", html.toString().getBytes(StandardCharsets.UTF_8)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.paragraphs()).hasSizeGreaterThan(40_000);
        assertThat(a.removed()).hasSizeLessThanOrEqualTo(60);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void pagesLargerThanTheLimitAreCutAndSaySo() {
        ArticleCleaner small = new ArticleCleaner(new CleaningOptions(25, 80, 8, 250, 50, 300, 512, null), Clock.systemUTC());
        String text = "Council budget\n\n" + PROSE + "\n\n" + PROSE.repeat(5);
        CleanArticle a = small.clean(page("text/plain", "UTF-8", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.removed()).extracting(r -> r.rule()).contains("input-truncated");
        assertThat(a.text().length()).isLessThan(300);
    }

    @Test
    void pageOfBoilerplateOnlyIsEmptyWithReason() {
        CleanArticle a = cleaner.clean(page("text/html", "UTF-8",
                "<html><body><nav><a href=/>Home</a><a href=/a>About</a></nav><footer>© 2024 Example</footer></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.EMPTY);
        assertThat(a.statusReason()).contains("no article text");
        assertThat(a.removed()).extracting(r -> r.rule()).contains("html-navigation", "html-footer");
    }

    @Test
    void mislabelledCharsetStillYieldsValidUnicode() {
        String html = "<html><head><meta charset=\"utf-8\"><title>Çalışma saatleri değişti</title></head><body><p>"
                + PROSE + " Belediye meclisi salı akşamı toplandı ve bütçeyi görüştü.</p></body></html>";
        // Declared UTF-8 (header and meta) but the bytes are ISO-8859-9: invalid UTF-8 sequences everywhere.
        byte[] latin5 = html.getBytes(java.nio.charset.Charset.forName("ISO-8859-9"));
        CleanArticle a = cleaner.clean(page("text/html", "UTF-8", latin5));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.text()).contains(PROSE).doesNotContain("\u0000");
        assertThat(java.text.Normalizer.isNormalized(a.text(), java.text.Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void deeplyNestedTablesAndListsDoNotOverflow() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<table><tr><td><ul><li>".repeat(1_250)).append("<p>").append(PROSE).append("</p>");
        CleanArticle a = cleaner.clean(page("text/html", "UTF-8", html.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.status()).isEqualTo(CleanArticle.Status.OK);
        assertThat(a.text()).contains(PROSE);
    }
}

package io.newspipe.cleaner.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetResolverTest {

    private static final String TURKISH = "Aleksandr Lukaşenko: S-400 ve İskender sistemleri devrede. Güvenliğini sağlamak için ağır önlemler.";
    private static final String RUSSIAN = "Президент Белоруссии Александр Лукашенко заявил, что российские зенитные ракетные "
            + "комплексы С-400 и оперативно-тактические комплексы Искандер заступили на боевое дежурство в республике. "
            + "По его словам, это решение было принято совместно с руководством России.";

    @Test
    void transportCharsetWins() {
        byte[] bytes = TURKISH.getBytes(Charset.forName("windows-1254"));
        DecodedText d = CharsetResolver.decode(bytes, "windows-1254", false);
        assertThat(d.text()).isEqualTo(TURKISH);
        assertThat(d.source()).isEqualTo("transport");
    }

    @Test
    void byteOrderMarkBeatsMeta() {
        byte[] body = "<meta charset=\"windows-1252\">Grüße".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedText d = CharsetResolver.decode(bytes, null, true);
        assertThat(d.text()).isEqualTo("<meta charset=\"windows-1252\">Grüße");
        assertThat(d.source()).isEqualTo("bom");
    }

    @Test
    void metaCharsetAndHttpEquivAreHonoured() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>" + RUSSIAN;
        DecodedText d = CharsetResolver.decode(html.getBytes(Charset.forName("windows-1251")), null, true);
        assertThat(d.text()).endsWith(RUSSIAN);
        assertThat(d.source()).isEqualTo("meta");

        String html5 = "<!doctype html><meta charset=ISO-8859-9><p>" + TURKISH;
        DecodedText d5 = CharsetResolver.decode(html5.getBytes(Charset.forName("ISO-8859-9")), null, true);
        assertThat(d5.text()).endsWith(TURKISH);
    }

    @Test
    void unlabelledLegacyBytesAreDetected() {
        DecodedText d = CharsetResolver.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")), null, false);
        assertThat(d.source()).isEqualTo("detected");
        assertThat(d.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void brokenUtf8DecodesWithReplacementCharacters() {
        byte[] good = "Grüße aus ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3; // a truncated two-byte sequence
        bytes[good.length + 1] = 'M';
        bytes[good.length + 2] = (byte) 0xFF;
        DecodedText d = CharsetResolver.decode(bytes, "utf-8", false);
        assertThat(d.text()).startsWith("Grüße aus ").contains("\uFFFD");
    }

    @Test
    void unknownTransportLabelsAreIgnored() {
        DecodedText d = CharsetResolver.decode(TURKISH.getBytes(StandardCharsets.UTF_8), "no-such-charset", false);
        assertThat(d.text()).isEqualTo(TURKISH);
    }

    @Test
    void sniffingTellsMarkupTextAndBinaryApart() {
        assertThat(ContentKind.sniff("  <!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.sniff("Just words.".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ContentKind.TEXT);
        assertThat(ContentKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isEqualTo(ContentKind.BINARY);
        assertThat(ContentKind.declared("application/xhtml+xml")).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.declared("TEXT/PLAIN; charset=utf-8")).isEqualTo(ContentKind.TEXT);
        assertThat(ContentKind.declared("application/octet-stream")).isNull();
    }
}

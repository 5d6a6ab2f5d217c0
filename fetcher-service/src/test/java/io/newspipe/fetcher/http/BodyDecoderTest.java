package io.newspipe.fetcher.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    private static final byte[] TEXT = "<p>Haber metni, tekrar tekrar.</p>".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void decodesGzipAndBothDeflateFlavours() throws Exception {
        assertThat(BodyDecoder.decode(TestSite.gzip(TEXT), "gzip", 1 << 20)).isEqualTo(TEXT);
        assertThat(BodyDecoder.decode(deflate(TEXT, false), "deflate", 1 << 20)).isEqualTo(TEXT);
        assertThat(BodyDecoder.decode(deflate(TEXT, true), "deflate", 1 << 20)).isEqualTo(TEXT);
        assertThat(BodyDecoder.decode(TEXT, null, 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void capsTheDecodedSize() {
        byte[] bomb = TestSite.gzip(new byte[16 * 1024 * 1024]);
        assertThatThrownBy(() -> BodyDecoder.decode(bomb, "gzip", 1024 * 1024)).isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> BodyDecoder.decode(TEXT, "identity", 10)).isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> BodyDecoder.decode(TEXT, "br", 1 << 20)).hasMessageContaining("unsupported");
    }

    private static byte[] deflate(byte[] bytes, boolean raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflater.write(bytes);
        }
        return out.toByteArray();
    }
}

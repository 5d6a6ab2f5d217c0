package io.newspipe.fetcher.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding} gzip and deflate, reading at most a cap of decoded bytes so that a small
 * compression bomb cannot fill the heap.
 */
public final class BodyDecoder {

    private BodyDecoder() {
    }

    /**
     * @param contentEncoding the header's value, null for identity
     * @throws BodyTooLargeException when the decoded body exceeds {@code maxBytes}
     * @throws IOException           when the body is not valid for its encoding, or the encoding is unknown
     */
    public static byte[] decode(byte[] raw, String contentEncoding, long maxBytes) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                if (raw.length > maxBytes) {
                    throw new BodyTooLargeException(maxBytes);
                }
                return raw;
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 8192)) {
                    return readCapped(in, maxBytes);
                }
            }
            case "deflate" -> {
                // The RFC says zlib-wrapped; some servers send raw deflate. The zlib header tells them apart.
                boolean zlib = raw.length >= 2 && (raw[0] & 0x0f) == 8 && ((raw[0] & 0xff) << 8 | raw[1] & 0xff) % 31 == 0;
                Inflater inflater = new Inflater(!zlib);
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(raw), inflater, 8192)) {
                    return readCapped(in, maxBytes);
                } finally {
                    inflater.end();
                }
            }
            default -> throw new IOException("unsupported content encoding " + contentEncoding);
        }
    }

    static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
        byte[] decoded = in.readNBytes(limit);
        if (decoded.length > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        return decoded;
    }
}

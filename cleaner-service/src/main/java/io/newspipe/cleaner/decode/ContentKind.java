package io.newspipe.cleaner.decode;

import java.util.Locale;

/** What a page is, from its declared media type or, when that says nothing useful, from its bytes. */
public enum ContentKind {
    HTML, TEXT, BINARY;

    private static final int SNIFF_BYTES = 1024;

    /** From the media type; {@code null} when it has to be sniffed. */
    public static ContentKind declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return HTML;
        }
        if (type.equals("text/plain")) {
            return TEXT;
        }
        return null;
    }

    /** From the first bytes: markup, text or binary (NUL bytes outside UTF-16). */
    public static ContentKind sniff(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        boolean utf16 = n >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        int controls = 0;
        for (int i = 0; i < n && !utf16; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return BINARY;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (n > 0 && controls * 10 > n) {
            return BINARY;
        }
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u0000", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<!--") || head.contains("<html")
                || head.contains("<body") || head.contains("<p>") || head.contains("<div")) {
            return HTML;
        }
        return TEXT;
    }
}

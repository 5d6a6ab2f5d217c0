package io.newspipe.cleaner.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes in the order of authority of the HTML spec: the transport's charset, a byte order mark,
 * the page's own {@code <meta charset>} / {@code http-equiv} / XML declaration, detection for unlabelled
 * bytes, and UTF-8 with replacement characters as the last resort. Never throws.
 */
public final class CharsetResolver {

    /** How far into the page a meta charset is looked for (the spec says 1024; real pages put it later). */
    private static final int META_SCAN_BYTES = 8192;
    private static final int DETECTION_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_\\-.]+)", Pattern.CASE_INSENSITIVE);

    private CharsetResolver() {
    }

    public static DecodedText decode(byte[] bytes, String transportCharset, boolean markup) {
        Charset transport = lookup(transportCharset);
        if (transport != null) {
            return new DecodedText(stripBom(lenient(bytes, 0, transport)), transport.name(), "transport");
        }
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedText(lenient(bytes, bom.length, bom.charset), bom.charset.name(), "bom");
        }
        if (markup) {
            Charset declared = declaredInMarkup(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8) && hasNonAscii(bytes)) {
                // Non-ASCII text that is valid UTF-8 is almost never legacy-encoded by accident: the page was
                // re-encoded and its meta tag went stale (common with saved or proxied pages).
                String utf8 = strictUtf8(bytes);
                if (utf8 != null) {
                    return new DecodedText(utf8, "UTF-8", "detected");
                }
            }
            if (declared != null) {
                return new DecodedText(lenient(bytes, 0, declared), declared.name(), "meta");
            }
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", "detected");
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            return new DecodedText(lenient(bytes, 0, detected), detected.name(), "detected");
        }
        return new DecodedText(lenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8", "fallback");
    }

    static Charset declaredInMarkup(byte[] bytes) {
        // Latin-1 maps every byte to one char, so the ASCII of the markup reads right whatever the real charset.
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head.stripLeading());
        Matcher meta = META_CHARSET.matcher(head);
        String name = meta.find() ? meta.group(1) : xml.find() ? xml.group(1) : null;
        Charset charset = lookup(name);
        if (charset != null && charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            return StandardCharsets.UTF_8; // a meta tag readable as ASCII cannot be UTF-16: the spec says UTF-8
        }
        return charset;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTION_BYTES));
        detector.dataEnd();
        return lookup(detector.getDetectedCharset());
    }

    static boolean isValidUtf8(byte[] bytes) {
        return strictUtf8(bytes) != null;
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else null: checking and decoding in one pass. */
    private static String strictUtf8(byte[] bytes) {
        // The JDK's String decoding is by far the fastest; only a replacement character in its output (from bad
        // bytes, or a real U+FFFD in the page) needs the strict decoder to tell which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.strip().replace("\"", "").replace("'", "");
        // Browsers read Latin-1 and ASCII labels as windows-1252, a superset that real pages rely on.
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            cleaned = "windows-1252";
        }
        try {
            return Charset.isSupported(cleaned) ? Charset.forName(cleaned) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Decodes with the charset's replacement for bad bytes, as a browser does. */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
                Charset utf32 = lookup("UTF-32LE");
                return utf32 == null ? null : new Bom(utf32, 4);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}

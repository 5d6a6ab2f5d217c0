package io.newspipe.cleaner.text;

import java.text.Normalizer;

/** Brings extracted text into the shape every consumer expects: NFC, one space between words, no control characters. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** One paragraph: NFC, every run of whitespace (including no-break and ideographic spaces) collapsed to one space. */
    public static String paragraph(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            char c = nfc.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII, most of any text: no questions to ask
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                i++;
                continue;
            }
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Zero-width and formatting characters that carry no text but break word matching. */
    private static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }
}

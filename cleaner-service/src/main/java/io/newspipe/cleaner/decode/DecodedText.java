package io.newspipe.cleaner.decode;

/**
 * Page bytes turned into text.
 *
 * @param text    the characters (BOM removed)
 * @param charset the charset used
 * @param source  how it was chosen: {@code transport}, {@code bom}, {@code meta}, {@code detected}, {@code fallback}
 */
public record DecodedText(String text, String charset, String source) {
}

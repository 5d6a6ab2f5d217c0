package io.newspipe.enricher.text;

/**
 * A word of the text with its [start, end) offsets.
 *
 * <p>A Turkish case suffix written after an apostrophe belongs to the token ("Rusya'nın" is one token) but
 * not to its {@link #stem()} ("Rusya"), which is what names are looked up by. English possessives work the
 * same way ("Putin’s" → "Putin").
 *
 * @param text            the whole surface form, suffix included
 * @param stemEnd         end offset of the stem: {@code end} when there is no suffix, else the apostrophe's offset
 * @param sentenceInitial first word of a sentence, paragraph, or quotation, where capitals say nothing about names
 * @param joinedToPrevious separated from the previous token by plain spaces only (or by the period of an
 *                         abbreviation such as "St."), so both can belong to one name
 */
public record Token(String text, int start, int end, int stemEnd, boolean sentenceInitial, boolean joinedToPrevious) {

    public String stem() {
        return text.substring(0, stemEnd - start);
    }

    public boolean hasSuffix() {
        return stemEnd < end;
    }

    /** What follows the apostrophe ("nın" of "Rusya'nın", "s" of "Putin’s"), or "" when there is no suffix. */
    public String suffix() {
        return hasSuffix() ? text.substring(stemEnd - start + 1) : "";
    }
}

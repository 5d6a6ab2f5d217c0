package io.newspipe.store.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of text that is indexed for search, and the same form of the words searched for.
 *
 * <p>Turkish writes suffixes onto proper nouns after an apostrophe ("İskender'i", "Minsk’te"). Splitting
 * the suffix off makes the noun a word of its own, so a search for the bare name finds it in every
 * inflection, with PostgreSQL's parser and stemmer as well as with the plain substring match on H2.
 * Lower-casing maps the dotted capital İ to a plain i: {@link Locale#ROOT} would leave a combining dot
 * behind ("i̇") that no query typed as "iskender" matches.
 */
public final class SearchText {

    /** An apostrophe between letters: ASCII, typographic, modifier letter, backtick, acute. */
    private static final Pattern SUFFIX_APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019\u02bc`\u00b4](?=\\p{L})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lower-cased text with apostrophe suffixes split off. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String dotless = text.replace("İ", "I");
        return SUFFIX_APOSTROPHE.matcher(dotless.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** What is indexed of an article: its title and text. */
    public static String ofArticle(String title, String text) {
        return normalise(title == null ? text : title + "\n" + text);
    }

    /** The distinct words of a normalised query, for databases without a text search engine. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(normalise(query))) {
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}

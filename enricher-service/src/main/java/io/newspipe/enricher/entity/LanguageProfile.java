package io.newspipe.enricher.entity;

import java.util.List;
import java.util.Set;

/**
 * What the recogniser knows of the language of one text.
 *
 * @param stopwords        folded function words: never a name, nor its first word
 * @param commonWords      folded everyday words, or empty where the language has no list
 * @param inflections      endings of inflected common words (Turkish): a capitalised opener ending so is no name
 * @param nounsCapitalised German capitalises every noun: a capital there proves nothing, in mid-sentence neither
 */
record LanguageProfile(Set<String> stopwords, Set<String> commonWords, List<String> inflections, boolean nounsCapitalised) {
}

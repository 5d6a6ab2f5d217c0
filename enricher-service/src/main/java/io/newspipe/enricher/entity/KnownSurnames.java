package io.newspipe.enricher.entity;

import io.newspipe.contract.EnrichedArticle.EntityType;
import io.newspipe.enricher.text.Folding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The surnames of the gazetteer's persons ("Demirel", "Yeltsin"): the last word of every name and alias of two or
 * more words. Alone, such a word is most often that person or kin; the recogniser types it so where it is capitalised
 * inside a sentence, carries a case suffix or opens one before a comma.
 */
final class KnownSurnames {

    private KnownSurnames() {
    }

    /** Folded keys ({@link Folding#key}) of the surnames. */
    static Set<String> of(Gazetteer gazetteer, RecognizerRules rules) {
        Set<String> surnames = new HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() != EntityType.PERSON) {
                continue;
            }
            List<String> names = entry.names();
            for (String name : names) {
                String surname = surname(name, rules);
                if (surname != null) {
                    surnames.add(Folding.key(surname));
                }
            }
        }
        return Set.copyOf(surnames);
    }

    /**
     * The last word of a plain name: "George W. Bush" has one; "Elizabeth II", "Martin Luther King Jr.", one-word
     * names, and names whose last word follows a particle or a lower-case word ("Lana Del Rey", "Bruno Le Maire",
     * "King Abdullah of Saudi Arabia") or an abbreviated title ("Dr. Dre") have none.
     */
    private static String surname(String name, RecognizerRules rules) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        if (words.length < 2 || last.length() < 3 || last.endsWith(".") || !Character.isUpperCase(last.codePointAt(0))
                || last.codePoints().anyMatch(c -> !Character.isLetter(c) && c != '-') || last.codePoints().allMatch(Character::isUpperCase)) {
            return null;
        }
        for (int w = 0; w < words.length - 1; w++) {
            if (!Character.isUpperCase(words[w].codePointAt(0)) || rules.isParticleWord(words[w]) || w == 0 && words[w].endsWith(".")) {
                return null;
            }
        }
        return last;
    }
}

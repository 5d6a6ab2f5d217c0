package io.newspipe.cleaner.text;

import java.util.Optional;

/**
 * Drops short blocks that consist of a known boilerplate phrase (comment footers, "read more" links).
 * Which phrases, and the rule's name, come from the phrase lists.
 */
public class PhraseLineRule implements BoilerplateRule {

    private final String name;
    private final String what;
    private final PhraseList phrases;

    public PhraseLineRule(String name, String what, PhraseList phrases) {
        this.name = name;
        this.what = what;
        this.phrases = phrases;
    }

    /** Comment and trackback footers: "No comments yet.", "Henüz yorum yapılmamış", "Keine Kommentare". */
    public static PhraseLineRule commentFooter(PhraseLists lists) {
        return new PhraseLineRule("comment-footer", "comment/trackback footer", lists.list(PhraseLists.COMMENT_FOOTER));
    }

    /** Links to more reading: "Read more", "Devamını oku", "Lire la suite". */
    public static PhraseLineRule readMore(PhraseLists lists) {
        return new PhraseLineRule("read-more", "read-more link", lists.list(PhraseLists.READ_MORE));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(TextDocument document) {
        for (TextDocument.Block block : document.kept()) {
            Optional<String> phrase = phrases.match(block);
            phrase.ifPresent(p -> document.remove(block, name, what + " (phrase \"" + p + "\")"));
        }
    }
}

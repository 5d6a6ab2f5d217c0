package io.newspipe.cleaner.text;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of one article while the rules work on them: a rule marks a block removed, stating why. */
public final class TextDocument {

    /** One paragraph or line; {@code heading} when the source marked it up as one (HTML h1-h6). */
    public static final class Block {
        private final String text;
        private final boolean heading;
        private String removedBy;
        private List<String> words;
        private String key;
        private int letterTokens = -1;

        Block(String text, boolean heading) {
            this.text = text;
            this.heading = heading;
        }

        public String text() {
            return text;
        }

        public boolean heading() {
            return heading;
        }

        public boolean removed() {
            return removedBy != null;
        }

        /** {@link TextFolding#words} of the text, folded once however many rules ask. */
        public List<String> words() {
            if (words == null) {
                words = TextFolding.words(text);
            }
            return words;
        }

        /** {@link TextFolding#key} of the text. */
        public String key() {
            if (key == null) {
                key = String.join(" ", words());
            }
            return key;
        }

        /** Whitespace-separated tokens holding a letter or digit: a cheap lower bound of the word count. */
        int letterTokens() {
            if (letterTokens < 0) {
                letterTokens = PhraseList.tokensWithLetters(text);
            }
            return letterTokens;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final RemovalLog removals;
    private String title;
    private String byline;

    public TextDocument(RemovalLog removals) {
        this.removals = removals;
    }

    public void add(String text, boolean heading) {
        String normalized = TextNormalizer.paragraph(text);
        if (!normalized.isEmpty()) {
            blocks.add(new Block(normalized, heading));
        }
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The blocks still kept, in order. */
    public List<Block> kept() {
        return blocks.stream().filter(b -> !b.removed()).toList();
    }

    public void remove(Block block, String rule, String reason) {
        if (!block.removed()) {
            block.removedBy = rule;
            removals.add(rule, reason, block.text());
        }
    }

    /** Takes {@code block} out of the body because it is the title: not a removal. */
    public void promoteToTitle(Block block) {
        block.removedBy = "title";
        this.title = block.text();
    }

    public String title() {
        return title;
    }

    public void title(String title) {
        this.title = title;
    }

    /** The article's author line without its "By", from the page's metadata or found in the text; null when unknown. */
    public String byline() {
        return byline;
    }

    public void byline(String byline) {
        this.byline = byline;
    }

    public List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.removed()) {
                out.add(b.text());
            }
        }
        return out;
    }
}

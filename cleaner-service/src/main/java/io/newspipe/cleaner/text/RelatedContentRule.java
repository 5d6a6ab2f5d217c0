package io.newspipe.cleaner.text;

import java.util.List;

/**
 * "Related posts" blocks: a related-content heading and the short link lines after it, up to the next
 * prose paragraph. A heading that carries its own link ("See also: headline") goes alone.
 */
public final class RelatedContentRule implements BoilerplateRule {

    public static final String NAME = "related-links";
    private static final int MAX_ITEMS = 15;

    private final PhraseList headings;
    private final int bodyParagraphChars;

    public RelatedContentRule(PhraseLists lists, int bodyParagraphChars) {
        this.headings = lists.list(PhraseLists.RELATED_HEADING);
        this.bodyParagraphChars = bodyParagraphChars;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument document) {
        List<TextDocument.Block> kept = document.kept();
        for (int i = 0; i < kept.size(); i++) {
            TextDocument.Block block = kept.get(i);
            if (block.removed() || headings.match(block).isEmpty()) {
                continue;
            }
            document.remove(block, NAME, "related-content heading");
            if (carriesOwnLink(block.text())) {
                continue;
            }
            for (int j = i + 1, items = 0; j < kept.size() && items < MAX_ITEMS; j++, items++) {
                TextDocument.Block item = kept.get(j);
                if (item.heading() || TextShape.isProse(item.text(), bodyParagraphChars)) {
                    break;
                }
                document.remove(item, NAME, "item of a related-content list");
            }
        }
    }

    private static boolean carriesOwnLink(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon < text.length() - 1 && !text.substring(colon + 1).isBlank();
    }
}

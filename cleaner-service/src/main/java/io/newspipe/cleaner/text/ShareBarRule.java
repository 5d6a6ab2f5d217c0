package io.newspipe.cleaner.text;

import java.util.List;
import java.util.Set;

/** Share bars: a share phrase ("Share this", "Paylaş", "Teilen"), or a short line made only of network names and share words. */
public final class ShareBarRule implements BoilerplateRule {

    public static final String NAME = "share-bar";
    private static final int MAX_TOKENS = 12;

    private final PhraseList phrases;
    private final Set<String> tokens;

    public ShareBarRule(PhraseLists lists) {
        this.phrases = lists.list(PhraseLists.SHARE_BAR);
        this.tokens = lists.words(PhraseLists.SHARE_TOKEN);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument document) {
        for (TextDocument.Block block : document.kept()) {
            if (phrases.matches(block)) {
                document.remove(block, NAME, "share bar phrase");
            } else if (onlyShareTokens(block.words())) {
                document.remove(block, NAME, "line of share buttons");
            }
        }
    }

    private boolean onlyShareTokens(List<String> words) {
        return words.size() >= 2 && words.size() <= MAX_TOKENS && tokens.containsAll(words);
    }
}

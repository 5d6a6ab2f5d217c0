package io.newspipe.cleaner.text;

import java.util.List;

/** The text rules in the order they run; the same rules clean plain text and the blocks extracted from HTML. */
public final class TextRules {

    private final List<BoilerplateRule> phraseRules;
    private final InjectedSpamRule injectedSpam;
    private final HeadlineRepeatRule headlineRepeat = new HeadlineRepeatRule();
    private final BylineRule byline;
    private final int titleMaxChars;

    public TextRules(PhraseLists lists, int bodyParagraphChars, int spamLineMaxWords, int titleMaxChars) {
        this.phraseRules = List.of(
                PhraseLineRule.commentFooter(lists),
                new ShareBarRule(lists),
                new RelatedContentRule(lists, bodyParagraphChars),
                PhraseLineRule.readMore(lists));
        this.injectedSpam = new InjectedSpamRule(lists, spamLineMaxWords, bodyParagraphChars);
        this.byline = new BylineRule(lists, bodyParagraphChars);
        this.titleMaxChars = titleMaxChars;
    }

    /** Plain text: boilerplate goes, the first meaningful line left becomes the title, its repeats go. */
    public void cleanPlainText(TextDocument document) {
        phraseRules.forEach(rule -> rule.apply(document));
        byline.apply(document); // before injected-spam, which would take a name line sharing no words with the body
        injectedSpam.apply(document);
        for (TextDocument.Block block : document.kept()) {
            if (block.text().length() <= titleMaxChars && !TextFolding.words(block.text()).isEmpty()
                    && !(block.text().endsWith(".") && TextShape.wordCount(block.text()) >= TextShape.SENTENCE_MIN_WORDS)) {
                document.promoteToTitle(block);
            }
            break;
        }
        headlineRepeat.apply(document);
    }

    /** Blocks extracted from HTML, whose title came from the page's metadata. */
    public void cleanExtractedBlocks(TextDocument document) {
        phraseRules.forEach(rule -> rule.apply(document));
        byline.apply(document);
        headlineRepeat.apply(document);
    }
}

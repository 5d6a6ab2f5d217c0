package io.newspipe.cleaner.text;

/** Lines inside the body that repeat the headline: page furniture, captions or a template printing the title again. */
public final class HeadlineRepeatRule implements BoilerplateRule {

    public static final String NAME = "headline-repeat";
    /** A caption may add this many characters around the headline ("Photo: ...", "(AA)"). */
    private static final int CAPTION_EXTRA_CHARS = 40;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(TextDocument document) {
        String title = document.title();
        if (title == null) {
            return;
        }
        String titleKey = TextFolding.key(title);
        if (titleKey.isEmpty() || titleKey.indexOf(' ') < 0) {
            return; // a one-word title repeats by chance
        }
        for (TextDocument.Block block : document.kept()) {
            String key = block.key();
            if (key.equals(titleKey)) {
                document.remove(block, NAME, "repeats the headline");
            } else if (key.length() <= titleKey.length() + CAPTION_EXTRA_CHARS && key.contains(titleKey)) {
                document.remove(block, NAME, "caption repeating the headline");
            }
        }
    }
}

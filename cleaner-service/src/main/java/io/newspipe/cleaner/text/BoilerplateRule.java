package io.newspipe.cleaner.text;

/**
 * One way of recognising text that is not the article. A rule marks blocks of the document removed through
 * {@link TextDocument#remove}, under its {@link #name()}, which appears in {@code CleanArticle.removed}
 * and in the {@code newspipe.cleaner.removed} metric: keep names stable.
 */
public interface BoilerplateRule {

    String name();

    void apply(TextDocument document);
}

package io.newspipe.cleaner.quality;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J (Mozilla Readability's Kotlin port), the baseline we are measured against. */
public final class Readability4jBaseline {

    private Readability4jBaseline() {
    }

    /** Readability4J on an already decoded page (so decoding, which it does not do, is not charged to it). */
    public static Article parse(String url, String html) {
        return new Readability4J(url, html).parse();
    }

    /** Readability4J has no language or published-time output; those fields stay null. */
    public static ReadabilityBenchmark.Extraction extract(ReadabilityBenchmark.TestPage page) {
        Article article = parse(page.url(), page.sourceText());
        return new ReadabilityBenchmark.Extraction(article.getTextContent(), article.getTitle(), article.getByline(), null, null);
    }
}

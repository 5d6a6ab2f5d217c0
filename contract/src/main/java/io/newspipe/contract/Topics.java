package io.newspipe.contract;

import java.util.List;

/** Topic names of the pipeline. The {@code .v1} suffix changes only with an incompatible schema change. */
public final class Topics {

    public static final String RAW_PAGES = "news.raw-pages.v1";
    public static final String CLEAN_ARTICLES = "news.clean-articles.v1";
    public static final String ENRICHED_ARTICLES = "news.enriched-articles.v1";

    /** Compacted, internal to the fetcher: what it last published per source URI. */
    public static final String FETCH_STATE = "news.fetch-state.v1";

    /** Suffix of every dead-letter topic: unprocessable records land there with the reason in headers. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** The three topics downstream consumers may subscribe to, in pipeline order. */
    public static final List<String> PUBLIC_TOPICS = List.of(RAW_PAGES, CLEAN_ARTICLES, ENRICHED_ARTICLES);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Classpath location of the JSON Schema describing the values of {@code topic}. */
    public static String schemaResource(String topic) {
        if (!PUBLIC_TOPICS.contains(topic)) {
            throw new IllegalArgumentException("no published schema for topic " + topic);
        }
        return "/schemas/" + topic + ".schema.json";
    }
}

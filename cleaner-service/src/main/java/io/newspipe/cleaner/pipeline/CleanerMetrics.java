package io.newspipe.cleaner.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.cleaner.ArticleCleaner;
import org.springframework.stereotype.Component;

/** Counts what the cleaner does: articles by status, removed blocks by rule. */
@Component
public class CleanerMetrics {

    public static final String ARTICLES = "newspipe.cleaner.articles";
    public static final String REMOVED = "newspipe.cleaner.removed";

    private final MeterRegistry meters;

    public CleanerMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void record(ArticleCleaner.Result result) {
        meters.counter(ARTICLES, "status", result.article().status().name()).increment();
        result.removalsByRule().forEach((rule, count) -> meters.counter(REMOVED, "rule", rule).increment(count));
    }
}

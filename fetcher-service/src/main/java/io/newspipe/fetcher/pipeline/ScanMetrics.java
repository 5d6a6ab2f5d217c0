package io.newspipe.fetcher.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.fetcher.source.ScanListener;
import io.newspipe.fetcher.source.ScanReport;
import java.util.Locale;

/**
 * Counts scan outcomes: {@value #PAGES} by {@code outcome} (published, unchanged, skipped, failed) and
 * {@code source}; {@value #SCANS} by {@code result} (ok, failed) and {@code source}, where a failed scan is
 * one that could not run at all, e.g. because its root directory is missing.
 */
public final class ScanMetrics implements ScanListener {

    public static final String PAGES = "newspipe.fetcher.pages";
    public static final String SCANS = "newspipe.fetcher.scans";

    private final MeterRegistry meters;

    public ScanMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void scanned(ScanReport report) {
        meters.counter(SCANS, "source", report.source(), "result", report.succeeded() ? "ok" : "failed").increment();
        for (ScanReport.Item item : report.items()) {
            meters.counter(PAGES, "source", report.source(), "outcome", tag(item.outcome())).increment();
        }
    }

    public static String tag(ScanReport.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }
}

package io.newspipe.fetcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Item;
import io.newspipe.fetcher.source.ScanReport.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ScanMetrics metrics = new ScanMetrics(meters);

    @Test
    void countsPagesByOutcomeAndSource() {
        Instant now = Instant.now();
        metrics.scanned(ScanReport.completed("seeds", now, now, List.of(
                new Item("1", "file:a", Outcome.PUBLISHED, null),
                new Item("2", "file:b", Outcome.PUBLISHED, null),
                new Item("3", "file:c", Outcome.SKIPPED, "hidden file"))));

        assertThat(meters.counter(ScanMetrics.PAGES, "source", "seeds", "outcome", "published").count()).isEqualTo(2);
        assertThat(meters.counter(ScanMetrics.PAGES, "source", "seeds", "outcome", "skipped").count()).isEqualTo(1);
        assertThat(meters.counter(ScanMetrics.SCANS, "source", "seeds", "result", "ok").count()).isEqualTo(1);
    }

    @Test
    void countsAScanThatCouldNotRun() {
        Instant now = Instant.now();
        metrics.scanned(ScanReport.failed("seeds", now, now, "root directory missing"));
        assertThat(meters.counter(ScanMetrics.SCANS, "source", "seeds", "result", "failed").count()).isEqualTo(1);
    }
}

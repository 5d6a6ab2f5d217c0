package io.newspipe.fetcher.pipeline;

import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A source that only counts its scans. */
class CountingSource implements Source {

    private final String name;
    private final String location;
    final AtomicInteger scans = new AtomicInteger();

    CountingSource(String name, String location) {
        this.name = name;
        this.location = location;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "counting";
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public ScanReport scanNow() {
        scans.incrementAndGet();
        return ScanReport.completed(name, Instant.now(), Instant.now(), List.of());
    }

    @Override
    public Optional<ScanReport> lastReport() {
        return Optional.empty();
    }

    @Override
    public Optional<ScanReport> awaitFirstScan(Duration timeout) {
        return Optional.empty();
    }
}

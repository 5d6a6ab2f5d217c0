package io.newspipe.fetcher.web;

import io.newspipe.fetcher.pipeline.SourceCatalog;
import io.newspipe.fetcher.pipeline.SourceRegistration;
import io.newspipe.fetcher.source.ScanReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The configured sources and what their last scan did. */
@RestController
@RequestMapping("/api/sources")
class SourcesController {

    /** Read on every request: the set changes when the sources file does. */
    private final SourceCatalog catalog;

    SourcesController(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** A source with the summary of its last scan; the per-page items are under {@code /api/sources/{name}}. */
    record SourceView(String name, String kind, String location, boolean enabled, Duration scanInterval,
                      LastScan lastScan) {
    }

    record LastScan(Instant startedAt, Instant finishedAt, String error, ScanReport.Counts counts) {
    }

    record SourceDetail(String name, String kind, String location, boolean enabled, Duration scanInterval,
                        ScanReport lastScan) {
    }

    @GetMapping
    List<SourceView> list() {
        return catalog.sources().stream().map(r -> new SourceView(r.source().name(), r.source().kind(), r.source().location(),
                r.enabled(), r.scanInterval(), r.source().lastReport()
                        .map(s -> new LastScan(s.startedAt(), s.finishedAt(), s.error(), s.counts())).orElse(null)))
                .toList();
    }

    @GetMapping("/{name}")
    SourceDetail one(@PathVariable String name) {
        SourceRegistration r = catalog.named(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no source named " + name));
        return new SourceDetail(r.source().name(), r.source().kind(), r.source().location(), r.enabled(),
                r.scanInterval(), r.source().lastReport().orElse(null));
    }
}

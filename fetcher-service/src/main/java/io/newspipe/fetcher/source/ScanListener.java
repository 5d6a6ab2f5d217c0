package io.newspipe.fetcher.source;

/** Told about every finished scan, e.g. to count outcomes. */
@FunctionalInterface
public interface ScanListener {

    void scanned(ScanReport report);
}

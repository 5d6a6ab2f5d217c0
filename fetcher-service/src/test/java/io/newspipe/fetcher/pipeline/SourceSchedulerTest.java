package io.newspipe.fetcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher;
import io.newspipe.fetcher.state.InMemoryFetchStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSchedulerTest {

    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    Path temp;

    /** Every source the registrar made, by URL: a changed source is a new instance. */
    private final Map<String, CountingSource> made = new ConcurrentHashMap<>();

    @Test
    void schedulesAddedSourcesAndStopsRemovedOnesWhileRunning() throws Exception {
        Path file = temp.resolve("sources.yaml");
        Files.writeString(file, "- {name: a, kind: feed, url: \"https://a.example/rss\", interval: 20ms}\n");
        SourcesReloader reloader = new SourcesReloader(List.of(), List.of(), new SourcesFileWatcher(file), spec -> {
            CountingSource source = new CountingSource(spec.name(), spec.url());
            made.put(spec.url(), source);
            return new SourceRegistration(source, spec.enabled(), spec.interval());
        }, new SimpleMeterRegistry());
        reloader.reload();
        SourceScheduler scheduler = new SourceScheduler(new InMemoryFetchStateStore(), reloader.catalog(), reloader,
                Duration.ofMillis(20));
        scheduler.start();
        try {
            awaitScans("https://a.example/rss", 3);

            Files.writeString(file, "- {name: b, kind: feed, url: \"https://b.example/rss\", interval: 20ms}\n");
            awaitScans("https://b.example/rss", 3);
            int aScans = made.get("https://a.example/rss").scans.get();
            Thread.sleep(200);
            assertThat(made.get("https://a.example/rss").scans.get()).as("removed source").isEqualTo(aScans);

            // Same name, new settings: the new instance is scheduled, the old one stops.
            Files.writeString(file, "- {name: b, kind: feed, url: \"https://b.example/v2\", interval: 20ms}\n");
            awaitScans("https://b.example/v2", 3);
            int oldBScans = made.get("https://b.example/rss").scans.get();
            Thread.sleep(200);
            assertThat(made.get("https://b.example/rss").scans.get()).isEqualTo(oldBScans);
            assertThat(reloader.catalog().sources()).extracting(r -> r.source().location())
                    .containsExactly("https://b.example/v2");
        } finally {
            scheduler.stop();
        }
    }

    private void awaitScans(String url, int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            CountingSource source = made.get(url);
            if (source != null && source.scans.get() >= atLeast) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(url + " not scanned " + atLeast + " times within " + WAIT_MILLIS + " ms");
    }
}

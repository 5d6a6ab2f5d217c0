package io.newspipe.fetcher.sourcefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.fetcher.sourcefile.SourcesFileWatcher.Invalid;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher.Loaded;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher.Unchanged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileWatcherTest {

    @TempDir
    Path temp;

    @Test
    void reportsNewContentOnceAndIgnoresTouches() throws IOException {
        Path file = temp.resolve("sources.yaml");
        Files.writeString(file, yaml("a"));
        SourcesFileWatcher watcher = new SourcesFileWatcher(file);

        assertThat(watcher.poll()).isInstanceOfSatisfying(Loaded.class,
                loaded -> assertThat(loaded.sources()).extracting(WebSourceSpec::name).containsExactly("a"));
        assertThat(watcher.poll()).isInstanceOf(Unchanged.class);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertThat(watcher.poll()).as("only the time changed").isInstanceOf(Unchanged.class);
    }

    @Test
    void seesAConfigMapStyleSymlinkSwapEvenWithAnOlderModificationTime() throws IOException {
        // A ConfigMap volume: sources.yaml -> ..data/sources.yaml, ..data -> ..<timestamp>/, swapped by rename.
        Path first = Files.createDirectories(temp.resolve("..2026_01_01"));
        Files.writeString(first.resolve("sources.yaml"), yaml("a"));
        Files.createSymbolicLink(temp.resolve("..data"), first.getFileName());
        Path file = Files.createSymbolicLink(temp.resolve("sources.yaml"), Path.of("..data/sources.yaml"));
        SourcesFileWatcher watcher = new SourcesFileWatcher(file);
        assertThat(watcher.poll()).isInstanceOf(Loaded.class);

        Path second = Files.createDirectories(temp.resolve("..2026_01_02"));
        Files.writeString(second.resolve("sources.yaml"), yaml("b"));
        Files.setLastModifiedTime(second.resolve("sources.yaml"), FileTime.fromMillis(0));
        Path swap = Files.createSymbolicLink(temp.resolve("..data_tmp"), second.getFileName());
        Files.move(swap, temp.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertThat(watcher.poll()).isInstanceOfSatisfying(Loaded.class,
                loaded -> assertThat(loaded.sources()).extracting(WebSourceSpec::name).containsExactly("b"));
    }

    @Test
    void reportsAnInvalidOrMissingFileOnceUntilItChanges() throws IOException {
        Path file = temp.resolve("sources.json");
        SourcesFileWatcher watcher = new SourcesFileWatcher(file);
        assertThat(watcher.poll()).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("cannot read", "NoSuchFileException"));
        assertThat(watcher.poll()).isInstanceOf(Unchanged.class);

        Files.writeString(file, "[{\"name\": \"a\", \"kind\": \"feed\"}]");
        assertThat(watcher.poll()).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("needs a kind and a url"));
        assertThat(watcher.poll()).isInstanceOf(Unchanged.class);

        Files.writeString(file, "[{\"name\": \"a\", \"kind\": \"feed\", \"url\": \"https://a.example/rss\"}]");
        assertThat(watcher.poll()).isInstanceOf(Loaded.class);

        Files.write(file, new byte[] {'[', (byte) 0xC3, ']'});
        assertThat(watcher.poll()).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("UTF-8"));
    }

    private static String yaml(String name) {
        return "sources:\n  - name: " + name + "\n    kind: feed\n    url: https://" + name + ".example/rss\n";
    }
}

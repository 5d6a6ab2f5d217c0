package io.newspipe.fetcher.directory;

import io.newspipe.contract.ArticleId;
import io.newspipe.fetcher.source.FetchedPage;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.source.ScanListener;
import io.newspipe.fetcher.source.ScanReport;
import io.newspipe.fetcher.source.ScanReport.Item;
import io.newspipe.fetcher.source.ScanReport.Outcome;
import io.newspipe.fetcher.source.RecordedSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local directory as a source: every regular file below the root is a page. The canonical source of a
 * file is {@code file:} plus its path relative to the root, so moving the root keeps the article ids.
 * Hidden files and directories (name starting with a dot) and files above the size cap are skipped and
 * reported; symbolic links are followed.
 */
public final class DirectoryFetcher extends RecordedSource {

    public static final String KIND = "directory";
    public static final String URI_SCHEME = "file:";

    private static final Logger log = LoggerFactory.getLogger(DirectoryFetcher.class);

    /**
     * @param name         the source's name, carried on every raw page
     * @param root         the directory to walk
     * @param maxFileBytes larger files are skipped (a raw page travels whole in one Kafka record)
     */
    public record Settings(String name, Path root, long maxFileBytes) {
        public Settings {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a directory source needs a name");
            }
            if (maxFileBytes <= 0) {
                throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
            }
        }
    }

    private final Settings settings;

    public DirectoryFetcher(Settings settings, OncePublisher publisher, Clock clock, List<ScanListener> listeners) {
        super(publisher, clock, listeners);
        this.settings = settings;
    }

    @Override
    public String name() {
        return settings.name();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String location() {
        return settings.root().toAbsolutePath().normalize().toString();
    }

    @Override
    public synchronized ScanReport scanNow() {
        Instant started = clock.instant();
        Optional<ScanReport> noState = loadStateOrFail(started, "nothing published");
        if (noState.isPresent()) {
            return noState.get();
        }
        Path root;
        try {
            root = settings.root().toRealPath();
        } catch (IOException e) {
            return recordFailure(started, "root directory " + location() + " cannot be read: " + describe(e));
        }
        if (!Files.isDirectory(root)) {
            return recordFailure(started, "root " + location() + " is not a directory");
        }

        List<Item> items = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Collector(root, files, items));
        } catch (IOException e) {
            return recordFailure(started, "walking " + location() + " failed: " + describe(e));
        }
        files.sort(Comparator.naturalOrder());
        for (Path file : files) {
            items.add(fetch(root, file));
        }
        logPassedOver(root, items);
        return recordCompleted(started, items);
    }

    /** The canonical source of {@code file} below {@code root}: {@code file:} and the relative path with {@code /}. */
    public static String sourceUri(Path root, Path file) {
        Path relative = root.relativize(file);
        return URI_SCHEME + StreamSupport.stream(relative.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    /**
     * The file a {@code file:} URI names below the root: {@code file:a/b.html} (the form pages carry,
     * relative to the root) or an absolute {@code file:///srv/inbox/a/b.html}. The file need not exist yet.
     *
     * @throws IllegalArgumentException when the URI is not a {@code file:} URI or names anything outside the
     *                                  root, symbolic links resolved (an API caller must not read the disk)
     */
    public Path resolveInsideRoot(String fileUri) {
        if (fileUri == null || !fileUri.regionMatches(true, 0, URI_SCHEME, 0, URI_SCHEME.length())) {
            throw new IllegalArgumentException("not a file: URI: " + fileUri);
        }
        Path root;
        try {
            root = settings.root().toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("the directory root " + location() + " cannot be read: " + describe(e));
        }
        String rest = fileUri.substring(URI_SCHEME.length());
        Path candidate;
        try {
            candidate = rest.startsWith("/") ? Path.of(java.net.URI.create(URI_SCHEME + rest))
                    : root.resolve(rest); // as pages carry it: the relative path, not percent-encoded
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("unusable file: URI " + fileUri + ": " + e.getMessage());
        }
        Path normalized = candidate.toAbsolutePath().normalize();
        Path configuredRoot = settings.root().toAbsolutePath().normalize();
        if (!normalized.startsWith(root) && normalized.startsWith(configuredRoot)) {
            normalized = root.resolve(configuredRoot.relativize(normalized)); // the root is reached through a link
        }
        Path resolved = normalized;
        if (Files.exists(normalized)) {
            try {
                resolved = normalized.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot resolve " + fileUri + ": " + describe(e));
            }
        }
        if (!normalized.startsWith(root) || !resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException(fileUri + " is not a file inside the directory root " + root);
        }
        return normalized;
    }

    /**
     * Publishes one file below the root under {@code sourceName}, once like a scan would (same source URI,
     * so the same article id); a hidden, missing or non-regular file is reported, not read.
     *
     * @param file a path returned by {@link #resolveInsideRoot}
     */
    public Item fetchFile(Path file, String sourceName) {
        Path root;
        try {
            root = settings.root().toRealPath();
        } catch (IOException e) {
            return failed(URI_SCHEME + file, "the directory root cannot be read: " + describe(e));
        }
        String uri = sourceUri(root, file);
        for (Path part = file; part != null && !part.equals(root); part = part.getParent()) {
            if (isHidden(part)) {
                return skipped(uri, "hidden file or directory");
            }
        }
        if (!Files.exists(file)) {
            return failed(uri, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            return skipped(uri, "not a regular file");
        }
        return fetch(root, file, sourceName);
    }

    private Item fetch(Path root, Path file) {
        return fetch(root, file, name());
    }

    private Item fetch(Path root, Path file, String sourceName) {
        String uri = sourceUri(root, file);
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                return skipped(uri, tooLarge(size));
            }
            Instant fetchedAt = clock.instant();
            byte[] body = readAtMost(file, settings.maxFileBytes() + 1);
            if (body.length > settings.maxFileBytes()) { // grew since it was measured
                return skipped(uri, "grew beyond the limit of " + settings.maxFileBytes() + " bytes while being read");
            }
            if (body.length == 0) {
                // Usually a file still being written; it is published once it has content.
                return skipped(uri, "empty file");
            }
            OncePublisher.Result result = publisher.offer(new FetchedPage(uri, sourceName, fetchedAt,
                    ContentTypes.of(file), null, body));
            return new Item(result.articleId(), uri, result.outcome(), result.note(), result.sha256());
        } catch (IOException e) {
            return failed(uri, "cannot read: " + describe(e));
        } catch (RuntimeException e) {
            return failed(uri, "cannot publish: " + e.getMessage());
        }
    }

    private static byte[] readAtMost(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
        }
    }

    private String tooLarge(long size) {
        return "larger than the limit: " + size + " > " + settings.maxFileBytes() + " bytes";
    }

    /**
     * Logs every skipped or failed page with its path and reason: loudly when it is news, at debug level
     * when the previous scan said the same, so a rescan every few seconds does not flood the log.
     */
    private void logPassedOver(Path root, List<Item> items) {
        Set<Item> before = lastReport().map(last -> Set.copyOf(last.items())).orElse(Set.of());
        for (Item item : items) {
            if (item.outcome() != Outcome.SKIPPED && item.outcome() != Outcome.FAILED) {
                continue;
            }
            Path path = root.resolve(item.sourceUri().substring(URI_SCHEME.length()));
            if (before.contains(item)) {
                log.debug("{} again {} (id {}): {}", item.outcome(), path, item.articleId(), item.reason());
            } else if (item.outcome() == Outcome.SKIPPED) {
                log.info("skipped {} (id {}): {}", path, item.articleId(), item.reason());
            } else {
                log.warn("failed {} (id {}): {}", path, item.articleId(), item.reason());
            }
        }
    }

    private static Item skipped(String uri, String reason) {
        return new Item(ArticleId.of(uri), uri, Outcome.SKIPPED, reason);
    }

    private static Item failed(String uri, String reason) {
        return new Item(ArticleId.of(uri), uri, Outcome.FAILED, reason);
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop at " + e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        if (name != null && name.toString().startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path); // the DOS attribute on Windows
        } catch (IOException e) {
            return false;
        }
    }

    /** Collects the files worth reading; reports what it passes over right away. */
    private final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> files;
        private final List<Item> items;

        Collector(Path root, List<Path> files, List<Item> items) {
            this.root = root;
            this.files = files;
            this.items = items;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && isHidden(dir)) {
                items.add(skipped(sourceUri(root, dir) + "/", "hidden directory"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
                items.add(skipped(sourceUri(root, file), "hidden file"));
            } else if (!attrs.isRegularFile()) {
                items.add(skipped(sourceUri(root, file), "not a regular file"));
            } else {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            items.add(failed(sourceUri(root, file), "cannot visit: " + describe(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                String uri = dir.equals(root) ? URI_SCHEME + "." : sourceUri(root, dir) + "/";
                items.add(failed(uri, "listing stopped: " + describe(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }
}

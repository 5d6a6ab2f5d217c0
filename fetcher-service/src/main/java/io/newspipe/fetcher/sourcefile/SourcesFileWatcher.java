package io.newspipe.fetcher.sourcefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Notices when the sources file says something new. Each poll reads the file (following symbolic links)
 * and compares the SHA-256 of its bytes with the last poll's: a Kubernetes ConfigMap volume swaps a
 * {@code ..data} symlink, which can leave the modification time of the path unchanged or even older, so
 * the time alone does not tell. The file is small; reading it every few seconds costs nothing. An invalid
 * or unreadable file is reported once, not on every poll, until its content changes again.
 */
public final class SourcesFileWatcher {

    /** Larger files are refused: a list of sources is a few kilobytes, anything else is a mistake. */
    static final int MAX_BYTES = 1 << 20;

    /** What a poll found. */
    public sealed interface Poll {
    }

    /** Same content as on the last poll. */
    public record Unchanged() implements Poll {
    }

    /** New, valid content. */
    public record Loaded(List<WebSourceSpec> sources, String sha256) implements Poll {
    }

    /** New content that cannot be used (or the file cannot be read); {@code reason} says why. */
    public record Invalid(String reason) implements Poll {
    }

    private final Path file;
    private final SourcesFile.Format format;
    private String lastFingerprint;

    public SourcesFileWatcher(Path file) {
        this.file = file;
        this.format = SourcesFile.Format.of(file);
    }

    public Path file() {
        return file;
    }

    public synchronized Poll poll() {
        byte[] bytes;
        try {
            bytes = read();
        } catch (IOException e) {
            String reason = "cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
            return changed("unreadable " + reason) ? new Invalid(reason) : new Unchanged();
        }
        String sha256 = sha256(bytes);
        if (!changed(sha256)) {
            return new Unchanged();
        }
        try {
            return new Loaded(SourcesFile.parse(utf8(bytes), format), sha256);
        } catch (InvalidSourcesFileException e) {
            return new Invalid(e.getMessage());
        }
    }

    private boolean changed(String fingerprint) {
        if (fingerprint.equals(lastFingerprint)) {
            return false;
        }
        lastFingerprint = fingerprint;
        return true;
    }

    private byte[] read() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static String utf8(byte[] bytes) throws InvalidSourcesFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSourcesFileException(List.of("not UTF-8 text"));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

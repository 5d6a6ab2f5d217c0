package io.newspipe.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article id: a stable hash of the page's canonical source, so every stage and the store see one
 * article under one Kafka key. The canonical source is a normalised URL, or {@code file:} plus the path
 * relative to the source root (so moving the root does not change ids).
 */
public final class ArticleId {

    private static final int HEX_LENGTH = 32;

    private ArticleId() {
    }

    public static String of(String canonicalSource) {
        if (canonicalSource == null || canonicalSource.isBlank()) {
            throw new IllegalArgumentException("canonical source must not be blank");
        }
        return sha256Hex(canonicalSource.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_LENGTH);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

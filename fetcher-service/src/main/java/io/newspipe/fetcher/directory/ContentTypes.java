package io.newspipe.fetcher.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Guesses a file's media type from its name, the only hint a file system gives. */
public final class ContentTypes {

    public static final String HTML = "text/html";
    public static final String PLAIN_TEXT = "text/plain";
    public static final String UNKNOWN = "application/octet-stream";

    // The types the cleaner understands are fixed here; the platform's guess (which differs between
    // operating systems) is only asked about the rest.
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", HTML,
            "htm", HTML,
            "xhtml", HTML,
            "txt", PLAIN_TEXT,
            "text", PLAIN_TEXT,
            "md", PLAIN_TEXT);

    private ContentTypes() {
    }

    /** The media type without parameters, {@value #UNKNOWN} when nothing is known. */
    public static String of(Path file) {
        String known = BY_EXTENSION.get(extension(file));
        if (known != null) {
            return known;
        }
        try {
            String probed = Files.probeContentType(file);
            return probed == null || probed.isBlank() ? UNKNOWN : withoutParameters(probed);
        } catch (IOException | SecurityException e) {
            return UNKNOWN;
        }
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutParameters(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}

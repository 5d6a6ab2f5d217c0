package io.newspipe.fetcher.http;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Predicate;

/** Parsing {@code Content-Type} and deciding which media types a fetch keeps. */
public final class MediaTypes {

    /** Pages the cleaner can read: HTML, XHTML and any text. */
    public static final Predicate<String> PAGES = type -> type.startsWith("text/")
            || type.equals("application/xhtml+xml");

    /** Feeds and sitemaps: XML in its many declared forms, text sitemaps, gzipped sitemaps. */
    public static final Predicate<String> XML_DOCUMENTS = type -> type.startsWith("text/")
            || type.endsWith("/xml") || type.endsWith("+xml") || type.equals("application/gzip")
            || type.equals("application/x-gzip") || type.equals("application/octet-stream");

    private MediaTypes() {
    }

    /** The media type without parameters, lower case; null when the header is missing or blank. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    /**
     * The {@code charset} parameter in the JVM's canonical spelling; null when absent or not a charset the
     * JVM knows (the cleaner then sniffs the document itself).
     */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String value = parameter.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            try {
                return Charset.isSupported(value) ? Charset.forName(value).name() : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}

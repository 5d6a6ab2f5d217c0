package io.newspipe.fetcher.http;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the many spellings of one page's URL into one, so the page gets one article id: scheme and host in
 * lower case (IDN hosts in ASCII), default ports dropped, empty path as {@code /}, dot segments removed,
 * fragment dropped, tracking parameters removed and the remaining query parameters sorted. Percent-encoding
 * is kept as written, except that what {@link URI} must encode is encoded.
 */
public final class UrlCanonicalizer {

    /** Parameters that identify a campaign or click, never the content. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "spm", "_hsenc", "_hsmi", "mkt_tok",
            "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "at_medium", "at_campaign");
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "itm_");

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of an absolute http or https URL.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL with a host
     */
    public static String canonicalize(String url) {
        return canonicalize(parse(url)).toString();
    }

    /** Resolves {@code reference} (possibly relative) against {@code base} and canonicalizes the result. */
    public static String resolve(String base, String reference) {
        URI resolved = parse(base).resolve(parse(reference.strip()));
        return canonicalize(resolved).toString();
    }

    static URI canonicalize(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) { // the root label: same host
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        path = removeDotSegments(path);
        String query = canonicalQuery(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            out.append('[').append(host).append(']');
        } else {
            out.append(host);
        }
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query != null) {
            out.append('?').append(query);
        }
        return URI.create(out.toString());
    }

    static boolean isTracking(String parameterName) {
        String name = parameterName.toLowerCase(Locale.ROOT);
        return TRACKING_PARAMETERS.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        // Sorted by name, then by the whole pair: a stable order regardless of how the link was written.
        kept.sort(Comparator.comparing((String p) -> p.indexOf('=') < 0 ? p : p.substring(0, p.indexOf('=')))
                .thenComparing(Comparator.naturalOrder()));
        return String.join("&", kept);
    }

    private static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        String normalized = URI.create("http://h" + path).normalize().getRawPath();
        // normalize() leaves leading ".." of an absolute path in place; they cannot go above the root.
        while (normalized.startsWith("/../")) {
            normalized = normalized.substring(3);
        }
        return normalized.equals("/..") ? "/" : normalized;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        String s = url.strip();
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            try {
                // Links in the wild carry spaces and other characters URI refuses: encode them as a browser would.
                return new URI(encodeIllegal(s));
            } catch (URISyntaxException again) {
                throw new IllegalArgumentException("not a URL: " + url + " (" + again.getReason() + ")");
            }
        }
    }

    private static String encodeIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}

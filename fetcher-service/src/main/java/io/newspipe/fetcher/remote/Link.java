package io.newspipe.fetcher.remote;

import java.time.Instant;
import java.util.Comparator;

/**
 * A page a feed or sitemap points to.
 *
 * @param url       absolute URL as found (resolved against the document)
 * @param published when the document says the page was published or last changed; null when it does not
 */
public record Link(String url, Instant published) {

    /** Newest first; undated links after dated ones, in document order (a stable sort keeps it). */
    public static final Comparator<Link> NEWEST_FIRST = Comparator.comparing(Link::published,
            Comparator.nullsLast(Comparator.reverseOrder()));
}

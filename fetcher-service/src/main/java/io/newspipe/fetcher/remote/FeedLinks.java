package io.newspipe.fetcher.remote;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newspipe.fetcher.http.UrlCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The item links of an RSS or Atom feed (ROME), with DOCTYPEs, and so external entities, refused. */
public final class FeedLinks {

    private FeedLinks() {
    }

    /**
     * @param feedUrl where the feed came from: relative links are resolved against it
     * @throws IOException when the bytes are not a feed ROME can read
     */
    public static List<Link> parse(byte[] feed, String feedUrl) throws IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        SyndFeed parsed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed))) {
            parsed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable RSS/Atom feed: " + e.getMessage(), e);
        }
        List<Link> links = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            String href = linkOf(entry);
            if (href == null) {
                continue;
            }
            try {
                links.add(new Link(UrlCanonicalizer.resolve(feedUrl, href), instant(entry)));
            } catch (IllegalArgumentException e) {
                links.add(new Link(href, instant(entry))); // reported as an unusable URL when fetched
            }
        }
        return links;
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
                return link.getHref();
            }
        }
        String uri = entry.getUri(); // RSS guid used as permalink
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static Instant instant(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }
}

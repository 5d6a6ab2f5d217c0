package io.newspipe.fetcher.remote;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads XML and text sitemaps, sitemap indexes and Google News sitemaps with crawler-commons. DTDs (and so
 * external entities) are refused. Links may point to other hosts (news sites serve sitemaps from CDNs);
 * every link is still checked by robots.txt and the address guard when fetched.
 */
public final class SitemapLinks {

    /** A parsed sitemap: page links, or the child sitemaps of an index. */
    public record Parsed(List<Link> pages, List<String> childSitemaps) {
    }

    private SitemapLinks() {
    }

    public static Parsed parse(byte[] content, String contentType, String sitemapUrl) throws IOException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, content, toUrl(sitemapUrl));
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("unreadable sitemap: " + e, e);
        }
        if (parsed.isIndex()) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : ((SiteMapIndex) parsed).getSitemaps()) {
                children.add(child.getUrl().toString());
            }
            return new Parsed(List.of(), children);
        }
        List<Link> pages = new ArrayList<>();
        for (SiteMapURL url : ((SiteMap) parsed).getSiteMapUrls()) {
            if (url.isValid()) {
                pages.add(new Link(url.getUrl().toString(), published(url)));
            }
        }
        return new Parsed(pages, List.of());
    }

    private static Instant published(SiteMapURL url) {
        ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes attributes && attributes.getPublicationDate() != null) {
                    return attributes.getPublicationDate().toInstant();
                }
            }
        }
        return url.getLastModified() == null ? null : url.getLastModified().toInstant();
    }

    private static URL toUrl(String url) throws IOException {
        try {
            return URI.create(url).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IOException("bad sitemap URL " + url, e);
        }
    }
}

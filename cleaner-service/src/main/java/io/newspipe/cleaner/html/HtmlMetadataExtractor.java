package io.newspipe.cleaner.html;

import io.newspipe.cleaner.text.TextFolding;
import io.newspipe.cleaner.text.TextNormalizer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.function.Predicate;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads title, byline, dates and the like from a page: JSON-LD first (the most deliberate), then Open Graph
 * and other meta tags, then markup conventions ({@code <time datetime>}, {@code rel=author}, byline classes).
 * Run it before the extractor strips the page.
 */
public final class HtmlMetadataExtractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "liveblogposting", "webpage", "socialmediaposting");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»·:] ");
    private static final Pattern HIERARCHICAL_SEPARATOR = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern BYLINE_CUE = Pattern.compile("byline|author|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE_CHARS = 100;
    private static final int MAX_JSON_NODES = 5_000;
    /** Old-school script wrappers around JSON-LD: {@code <!-- -->}, {@code <![CDATA[ ]]>}, also behind // or in comments. */
    private static final Pattern SCRIPT_WRAPPER_START = Pattern.compile("^\\s*(?://|/\\*)?\\s*(?:<!--|<!\\[CDATA\\[)\\s*(?:\\*/)?");
    private static final Pattern SCRIPT_WRAPPER_END = Pattern.compile("(?://|/\\*)?\\s*(?:-->|\\]\\]>)\\s*(?:\\*/)?\\s*$");

    private HtmlMetadataExtractor() {
    }

    public static PageMetadata extract(Document doc) {
        Markup markup = Markup.of(doc);
        Map<String, String> meta = metaTags(markup);
        JsonLd ld = jsonLd(markup);

        String siteName = first(meta.get("og:site_name"), ld.publisher, meta.get("application-name"));
        String title = title(markup, meta, ld, siteName);
        String byline = first(ld.author, authorMeta(meta), bylineInMarkup(markup));
        Instant published = firstDate(ld.datePublished, meta.get("article:published_time"), meta.get("datepublished"),
                meta.get("og:published_time"), meta.get("pubdate"), meta.get("publishdate"), meta.get("publish-date"),
                meta.get("date"), meta.get("dc:date"), meta.get("dc:date.issued"), meta.get("dcterms:created"),
                meta.get("sailthru.date"), meta.get("parsely-pub-date"),
                markup.datedTime == null ? null : markup.datedTime.attr("datetime"));
        String canonical = first(markup.canonicalLinks.attr("abs:href"), markup.canonicalLinks.attr("href"), meta.get("og:url"));
        String language = first(markup.htmlElements.attr("lang"), meta.get("content-language"), meta.get("language"),
                meta.get("og:locale"), meta.get("dc:language"));
        String description = first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"),
                ld.description, meta.get("dc:description"));
        String image = first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"),
                meta.get("twitter:image:src"), ld.image, markup.imageLinks.attr("abs:href"));
        return new PageMetadata(title, byline, published, siteName, canonical, language, description, image);
    }

    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished][datetime], time[itemprop=datePublished]");
    private static final Evaluator JSON_LD_SCRIPT = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator IMAGE_LINK = QueryParser.parse("link[rel=image_src]");
    private static final Evaluator DATED_TIME = QueryParser.parse("time[pubdate][datetime], article time[datetime], time[datetime]");
    private static final Evaluator BYLINE_ELEMENT = QueryParser.parse(
            "[rel=author], [itemprop=author], .byline, .author, [class*=byline], [id*=byline], [class*=author]");
    private static final Evaluator BYLINE_NAME = QueryParser.parse("[itemprop=name], [rel=author]");
    private static final Evaluator H1 = QueryParser.parse("h1");

    /**
     * The elements metadata is read from, gathered in one walk over the page (a select per kind would walk it
     * once each); each list in document order, as {@code select} would return it.
     */
    private static final class Markup {
        final Document doc;
        final String title;
        final Elements metas = new Elements();
        final Elements datePublished = new Elements();
        final Elements jsonLdScripts = new Elements();
        final Elements canonicalLinks = new Elements();
        final Elements imageLinks = new Elements();
        final Elements htmlElements = new Elements();
        final Elements h1s = new Elements();
        final Elements bylines = new Elements();
        Element datedTime;

        private Markup(Document doc) {
            this.doc = doc;
            this.title = doc.title();
        }

        static Markup of(Document doc) {
            Markup m = new Markup(doc);
            Predicate<Element> meta = META_WITH_CONTENT.asPredicate(doc);
            Predicate<Element> datePublished = DATE_PUBLISHED.asPredicate(doc);
            Predicate<Element> jsonLd = JSON_LD_SCRIPT.asPredicate(doc);
            Predicate<Element> canonical = CANONICAL_LINK.asPredicate(doc);
            Predicate<Element> image = IMAGE_LINK.asPredicate(doc);
            Predicate<Element> datedTime = DATED_TIME.asPredicate(doc);
            Predicate<Element> byline = BYLINE_ELEMENT.asPredicate(doc);
            Predicate<Element> h1 = H1.asPredicate(doc);
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof Element el)) {
                    return;
                }
                switch (el.normalName()) {
                    case "meta" -> add(m.metas, el, meta);
                    case "script" -> add(m.jsonLdScripts, el, jsonLd);
                    case "link" -> {
                        add(m.canonicalLinks, el, canonical);
                        add(m.imageLinks, el, image);
                    }
                    case "html" -> m.htmlElements.add(el);
                    case "h1" -> add(m.h1s, el, h1);
                    case "time" -> {
                        if (m.datedTime == null && datedTime.test(el)) {
                            m.datedTime = el;
                        }
                    }
                    default -> {
                    }
                }
                // Cheap necessary conditions first: most elements can match neither selector.
                if (el.attributesSize() > 0) {
                    if (el.hasAttr("itemprop")) {
                        add(m.datePublished, el, datePublished);
                    }
                    if (mentionsAuthor(el.attr("class")) || mentionsAuthor(el.attr("id")) || mentionsAuthor(el.attr("rel"))
                            || mentionsAuthor(el.attr("itemprop"))) {
                        add(m.bylines, el, byline);
                    }
                }
            }, doc);
            return m;
        }

        /**
         * Whether an attribute value contains "author" or "byline" in ASCII case, as every byline selector requires
         * (jsoup lower-cases values, and no other character lower-cases to one of these letters alone).
         */
        private static boolean mentionsAuthor(String value) {
            for (int i = 0, last = value.length() - 6; i <= last; i++) {
                char c = value.charAt(i);
                if (((c == 'a' || c == 'A') && asciiRegion(value, i, "author")) || ((c == 'b' || c == 'B') && asciiRegion(value, i, "byline"))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean asciiRegion(String value, int at, String lowerCaseWord) {
            for (int k = 1; k < lowerCaseWord.length(); k++) {
                char c = value.charAt(at + k);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != lowerCaseWord.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static void add(Elements into, Element el, Predicate<Element> test) {
            if (test.test(el)) {
                into.add(el);
            }
        }
    }

    /**
     * Meta tags by lower-cased property, name, itemprop or http-equiv; the first of each wins, and {@code property}
     * (RDFa: Open Graph, Dublin Core) wins over {@code name}. Dublin Core's {@code DC.title} is read as {@code dc:title}.
     */
    private static Map<String, String> metaTags(Markup markup) {
        Map<String, String> meta = new HashMap<>();
        Elements metas = markup.metas;
        for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
            for (Element m : metas) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (k.isEmpty()) {
                    continue;
                }
                String content = clean(m.attr("content"));
                if (content == null) {
                    continue;
                }
                for (String part : k.split("\\s+")) { // property="og:title twitter:title"
                    meta.putIfAbsent(DUBLIN_CORE_DOT.matcher(part).replaceFirst("$1:"), content);
                }
            }
        }
        for (Element t : markup.datePublished) {
            meta.putIfAbsent("datepublished", t.attr("datetime"));
        }
        return meta;
    }

    private static final Pattern DUBLIN_CORE_DOT = Pattern.compile("^(dc|dcterms?)\\.");

    /**
     * The headline the reader sees is the page's {@code h1}: a {@code <title>} segment between site-name and
     * section separators that equals an {@code h1} is the headline, whatever the separators.
     */
    private static String titleShownAsHeadline(Markup markup, Map<String, String> meta, JsonLd ld) {
        Set<String> headlines = new java.util.HashSet<>();
        int seen = 0;
        for (Element h1 : markup.h1s) {
            if (seen++ >= 20) {
                break;
            }
            String key = TextFolding.key(h1.text());
            if (!key.isEmpty()) {
                headlines.add(key);
            }
        }
        if (headlines.isEmpty()) {
            return null;
        }
        List<String> candidates = new ArrayList<>(java.util.Arrays.asList(meta.get("dc:title"), meta.get("dcterm:title"),
                meta.get("dcterms:title"), ld.headline, ld.name, meta.get("og:title"), meta.get("twitter:title"),
                meta.get("title"), meta.get("parsely-title")));
        String original = clean(markup.title);
        if (original != null) {
            candidates.add(original);
            // Every run of whole segments: "Section | Headline - Site" holds the headline in the middle.
            List<int[]> separators = new ArrayList<>();
            var m = TITLE_SEPARATOR.matcher(original);
            while (m.find() && separators.size() < 8) {
                separators.add(new int[] {m.start(), m.end()});
            }
            separators.add(new int[] {original.length(), original.length()});
            for (int from = 0; from < separators.size(); from++) {
                int start = from == 0 ? 0 : separators.get(from - 1)[1];
                for (int to = from; to < separators.size(); to++) {
                    candidates.add(original.substring(start, separators.get(to)[0]));
                }
            }
        }
        for (String candidate : candidates) {
            String cleaned = clean(candidate);
            if (cleaned != null && words(cleaned) >= 2 && headlines.contains(TextFolding.key(cleaned))) {
                return cleaned;
            }
        }
        return null;
    }

    private static String title(Markup markup, Map<String, String> meta, JsonLd ld, String siteName) {
        // A title the page states as metadata is deliberate; the <title> element carries site names and sections.
        String declared = first(closerTo(clean(markup.title), ld.headline, ld.name), meta.get("dc:title"), meta.get("dcterm:title"), meta.get("dcterms:title"), meta.get("og:title"),
                meta.get("weibo:article:title"), meta.get("weibo:webpage:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"));
        if (declared != null) {
            String withoutSite = siteName == null ? null : siteNameRemoved(declared, siteName);
            return clean(withoutSite != null && words(withoutSite) >= 2 ? withoutSite : declared);
        }
        // No declared title: the <title> element, cut to the part the page shows as its headline if any.
        String shown = titleShownAsHeadline(markup, meta, ld);
        if (shown != null) {
            return shown;
        }
        String original = clean(markup.title);
        if (original == null) {
            return first(meta.get("og:title"), ld.headline, meta.get("twitter:title"),
                    markup.h1s.isEmpty() ? null : clean(markup.h1s.first().text()));
        }
        String title = original;
        boolean hierarchical = HIERARCHICAL_SEPARATOR.matcher(original).find();
        if (siteName != null && siteNameRemoved(original, siteName) != null) {
            return clean(siteNameRemoved(original, siteName)); // the page named its site: trust the cut
        } else if (TITLE_SEPARATOR.matcher(original).find() && !original.contains(": ")) {
            // "Headline – Site": the last segment goes when it is shorter than what precedes it.
            String head = original.substring(0, lastSeparator(original)).strip();
            String tail = original.substring(lastSeparatorEnd(original)).strip();
            if (words(head) >= 2 && words(tail) <= 4 && words(tail) < words(head)) {
                return clean(head);
            }
        } else if (original.contains(": ")) {
            // "Lukashenka: Russian missiles ..." is a headline with its speaker; only a site-name prefix goes.
            String prefix = original.substring(0, original.indexOf(": "));
            if (looksLikeSiteName(prefix, siteName)) {
                title = original.substring(original.indexOf(": ") + 2);
            }
        } else if (original.length() > 150 || original.length() < 15) {
            Elements h1 = markup.h1s;
            if (h1.size() == 1) {
                title = h1.first().text();
            }
        }
        title = clean(title);
        if (title == null || (words(title) <= 4 && (!hierarchical
                || words(title) != words(TITLE_SEPARATOR.matcher(original).replaceAll(" ")) - 1))) {
            String og = meta.get("og:title");
            title = og != null && words(og) > words(title == null ? "" : title) ? og : original;
        }
        return clean(title);
    }

    /** Of two candidates, the one sharing more words with {@code reference} (JSON-LD "headline" is sometimes a label). */
    private static String closerTo(String reference, String a, String b) {
        if (a == null || b == null || reference == null) {
            return a != null ? a : b;
        }
        Set<String> ref = Set.copyOf(TextFolding.words(reference));
        long sa = TextFolding.words(a).stream().filter(ref::contains).count();
        long sb = TextFolding.words(b).stream().filter(ref::contains).count();
        return sb > sa ? b : a;
    }

    private static String siteNameRemoved(String title, String siteName) {
        var m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return null;
        }
        String tail = title.substring(lastEnd).strip();
        if (looksLikeSiteName(tail, siteName)) {
            return title.substring(0, lastStart);
        }
        var first = TITLE_SEPARATOR.matcher(title);
        if (first.find() && looksLikeSiteName(title.substring(0, first.start()), siteName)) {
            return title.substring(first.end());
        }
        return null;
    }

    private static boolean looksLikeSiteName(String part, String siteName) {
        if (siteName == null) {
            return false;
        }
        String a = part.strip().toLowerCase(Locale.ROOT);
        String b = siteName.strip().toLowerCase(Locale.ROOT);
        return !a.isEmpty() && (a.equals(b) || b.contains(a) || a.contains(b));
    }

    private static int lastSeparator(String s) {
        var m = TITLE_SEPARATOR.matcher(s);
        int last = s.length();
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static int lastSeparatorEnd(String s) {
        var m = TITLE_SEPARATOR.matcher(s);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static String authorMeta(Map<String, String> meta) {
        for (String key : List.of("dc:creator", "dcterm:creator", "dcterms:creator", "author", "article:author", "parsely-author", "sailthru.author", "byl")) {
            String v = meta.get(key);
            if (v != null && !v.startsWith("http") && v.length() <= MAX_BYLINE_CHARS) {
                return v;
            }
        }
        return null;
    }

    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(by|from|par|por|von|di|door|av|autor|yazar|автор|بقلم)\\b[:\\s]+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static String bylineInMarkup(Markup markup) {
        for (Element e : markup.bylines) {
            String match = e.className() + " " + e.id() + " " + e.attr("rel") + " " + e.attr("itemprop");
            if (!BYLINE_CUE.matcher(match).find()) {
                continue;
            }
            // The innermost byline element is the name; its wrappers add dates, titles and share buttons.
            Element name = e.selectFirst(BYLINE_NAME);
            String text = clean((name != null && name != e ? name : e).text());
            if (text != null && text.length() <= MAX_BYLINE_CHARS) {
                return clean(BYLINE_PREFIX.matcher(text).replaceFirst(""));
            }
        }
        return null;
    }


    /** The fields of the page's JSON-LD that describe the article. */
    private static final class JsonLd {
        String headline;
        String name;
        String author;
        String datePublished;
        String publisher;
        String description;
        String image;
    }

    private static JsonLd jsonLd(Markup markup) {
        JsonLd ld = new JsonLd();
        for (Element script : markup.jsonLdScripts) {
            JsonNode root;
            try {
                root = JSON.readTree(SCRIPT_WRAPPER_END.matcher(SCRIPT_WRAPPER_START.matcher(script.data()).replaceFirst(""))
                        .replaceFirst(""));
            } catch (JacksonException | IllegalArgumentException e) {
                continue; // broken JSON-LD is common; the meta tags still count
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < MAX_JSON_NODES) {
                JsonNode node = todo.poll();
                if (node.isArray()) {
                    node.forEach(todo::add);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                if (node.has("@graph")) {
                    todo.add(node.get("@graph"));
                }
                if (isArticle(node)) {
                    ld.headline = first(ld.headline, string(node.get("headline")));
                    ld.name = first(ld.name, string(node.get("name")));
                    ld.author = first(ld.author, names(node.get("author")));
                    ld.datePublished = first(ld.datePublished, string(node.get("datePublished")), string(node.get("dateCreated")));
                    ld.publisher = first(ld.publisher, names(node.get("publisher")));
                    ld.description = first(ld.description, string(node.get("description")));
                    ld.image = first(ld.image, imageUrl(node.get("image")));
                }
            }
        }
        return ld;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(types::add);
        } else {
            types.add(type);
        }
        return types.stream().anyMatch(t -> t.isString() && ARTICLE_TYPES.contains(t.stringValue().toLowerCase(Locale.ROOT)));
    }

    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            String name = item.isObject() ? string(item.get("name")) : string(item);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String imageUrl(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : imageUrl(node.get(0));
        }
        return node.isObject() ? string(node.get("url")) : string(node);
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? clean(node.stringValue()) : null;
    }

    private static Instant firstDate(String... candidates) {
        for (String c : candidates) {
            Instant parsed = DateParsing.parse(c);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            String cleaned = clean(c);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String normalized = TextNormalizer.paragraph(s);
        return normalized.isEmpty() ? null : normalized;
    }

    private static int words(String s) {
        return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}

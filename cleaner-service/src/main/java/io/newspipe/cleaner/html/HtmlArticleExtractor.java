package io.newspipe.cleaner.html;

import io.newspipe.cleaner.text.RemovalLog;
import io.newspipe.cleaner.text.TextDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main content of an HTML page and returns it as blocks in reading order (headings, paragraphs,
 * list items, quotes, table cells), with the page's metadata.
 *
 * <p>How: page chrome goes first by structure (nav, header, footer, aside, forms, hidden elements, ARIA
 * landmarks) and by class/id cues (comments, share bars, related lists, cookie and newsletter banners,
 * ads); the remaining paragraphs vote for their ancestors with a score from their length and commas
 * (the Readability idea), the best-scoring container scaled by its link density wins, siblings that look
 * like the same content join it, and link-dense leftovers inside it go. Every traversal is iterative
 * (jsoup's traversors) and the parser caps nesting depth, so pathological pages degrade instead of
 * overflowing the stack.
 */
public final class HtmlArticleExtractor {

    /** Elements that never carry article text. */
    private static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "link", "meta", "input", "button", "select", "textarea", "dialog", "math");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "blockquote", "pre", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "figcaption",
            "figure", "header", "address", "center", "details", "summary", "hr", "caption", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "form", "aside", "header");

    /** Class/id cues of page chrome, each with the rule that names it, in order of precedence. */
    private static final Map<String, Cue> CUES = new LinkedHashMap<>();

    static {
        CUES.put("html-comments", Cue.literals("comment|disqus|replies|respond|discussion|trackback"));
        CUES.put("html-cookie-banner", Cue.literals("cookie|consent|gdpr|cmp-"));
        CUES.put("html-newsletter", Cue.literals("newsletter|subscri|signup|sign-up|paywall|register"));
        CUES.put("html-share-bar", Cue.literals("share|sharing|social|sociable|addthis|follow-us"));
        CUES.put("html-related", Cue.literals("related|recommend|more-stories|outbrain|taboola|trending|popular|most-read"));
        CUES.put("html-ads", Cue.pattern("(^|[-_ ])(ad|ads|advert|advertisement|adslot|adsense|dfp|sponsor|sponsored|promo)([-_ ]|$)|advertis|sponsor",
                "ad", "dfp", "promo", "sponsor"));
        CUES.put("html-navigation", Cue.pattern("(^|[-_ ])(nav|navbar|menu|breadcrumbs?|pagination|pager|skip-link|toc)([-_ ]|$)|breadcrumb|navigation",
                "nav", "menu", "breadcrumb", "pag", "skip-link", "toc"));
        CUES.put("html-sidebar", Cue.literals("sidebar|side-bar|widget|skyscraper|rail"));
        CUES.put("html-footer", Cue.literals("footer|colophon|copyright"));
        CUES.put("html-banner", Cue.literals("banner|masthead|popup|modal|overlay|agegate|alert-bar"));
    }

    /** Cues that a container holds the article itself: they override the chrome cues. */
    private static final Cue CONTENT_CUE = Cue.literals("article|body|content|entry|main|post|story|text|hentry|page|column|prose");
    /** Page-level wrappers whose names merely mention comments ("post-with-comments", "has-comments"). */
    private static final Cue CONTENT_ROOT_CUE = Cue.literals("with-comments|has-comments|comments-open|comments-closed|single|hentry");
    private static final Cue POSITIVE_CUE = Cue.literals("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Cue NEGATIVE_CUE = Cue.pattern(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
            "-ad-", "hid", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr", "masthead", "media", "meta", "outbrain",
            "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget");

    /**
     * A class/id cue, matched on ASCII-lower-cased text (class names are ASCII in practice; this is what a
     * case-insensitive regex does). Most cues are plain alternatives of words, so {@code contains} answers;
     * the others run their regex only when the text contains one of the literals every match must contain.
     * Both are far cheaper than a regex alternation tried at every position of every class name.
     */
    private record Cue(String[] literals, Pattern pattern) {

        static Cue literals(String alternatives) {
            return new Cue(alternatives.split("\\|"), null);
        }

        static Cue pattern(String regex, String... required) {
            return new Cue(required, Pattern.compile(regex));
        }

        boolean find(String cues) {
            String lower = asciiLowerCase(cues);
            for (String literal : literals) {
                if (lower.contains(literal)) {
                    return pattern == null || pattern.matcher(lower).find();
                }
            }
            return false;
        }

        private static String asciiLowerCase(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    char[] chars = s.toCharArray();
                    for (int j = i; j < chars.length; j++) {
                        if (chars[j] >= 'A' && chars[j] <= 'Z') {
                            chars[j] = (char) (chars[j] + ('a' - 'A'));
                        }
                    }
                    return new String(chars);
                }
            }
            return s;
        }
    }

    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final int minParagraphChars;
    private final int maxDepth;

    public HtmlArticleExtractor(int minParagraphChars, int maxDepth) {
        this.minParagraphChars = minParagraphChars;
        this.maxDepth = maxDepth;
    }

    /** Fewest characters of an extraction that is accepted without retrying with fewer removals. */
    static final int MIN_ARTICLE_CHARS = 500;

    /** How much page chrome an attempt strips: the later attempts trust class/id cues and landmarks less. */
    enum Strictness { FULL, NO_CUES, STRUCTURE_ONLY }

    private record Dropped(String rule, String reason, String text) {
    }

    private record Attempt(List<Dropped> dropped, List<Map.Entry<String, Boolean>> blocks, int chars) {
    }

    /** The result: metadata and the article's blocks, added to {@code into}; removals go to {@code removals}. */
    public PageMetadata extract(String html, String baseUri, TextDocument into, RemovalLog removals) {
        // One parse per page: attempts detach what they strip and put it back when a gentler attempt follows.
        Document doc = Parser.htmlParser().setMaxDepth(maxDepth).parseInput(html, baseUri == null ? "" : baseUri);
        PageMetadata metadata = HtmlMetadataExtractor.extract(doc);
        Element body = doc.body();
        if (body == null) {
            return metadata;
        }
        TextStats stats = TextStats.of(body);
        Attempt best = null;
        for (Strictness strictness : Strictness.values()) {
            Detached detached = new Detached(stats);
            Attempt attempt = attempt(body, strictness, stats, detached);
            if (best == null || attempt.chars() > best.chars()) {
                best = attempt;
            }
            // Like Readability: when stripping left too little, the page's markup misled the cues; retry gentler.
            if (attempt.chars() >= MIN_ARTICLE_CHARS) {
                break;
            }
            detached.restore();
        }
        best.dropped().forEach(d -> removals.add(d.rule(), d.reason(), d.text()));
        best.blocks().forEach(b -> into.add(b.getKey(), b.getValue()));
        return metadata;
    }

    private Attempt attempt(Element body, Strictness strictness, TextStats stats, Detached detached) {
        List<Dropped> dropped = new ArrayList<>();
        stripChrome(body, strictness, stats, dropped, detached);
        List<Element> article = selectArticle(body, stats);
        for (Element root : article) {
            removeLinkDense(root, stats, dropped, detached);
        }
        List<Map.Entry<String, Boolean>> blocks = new ArrayList<>();
        for (Element root : article) {
            emitBlocks(root, blocks);
        }
        int chars = 0;
        for (Map.Entry<String, Boolean> block : blocks) {
            chars += block.getKey().strip().length();
        }
        return new Attempt(dropped, blocks, chars);
    }

    /**
     * Elements an attempt took out of the tree, in order, so that they can be put back exactly where they were
     * (cheaper than parsing the page again), with the text statistics kept in step.
     */
    private static final class Detached {
        private final TextStats stats;
        private final List<Node> nodes = new ArrayList<>();
        private final List<Element> parents = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();

        Detached(TextStats stats) {
            this.stats = stats;
        }

        void detach(Element el) {
            Element parent = el.parent();
            if (parent == null) {
                return;
            }
            stats.subtract(el);
            nodes.add(el);
            parents.add(parent);
            indexes.add(el.siblingIndex());
            el.remove();
        }

        /** Puts everything back, last detached first, so every recorded index is valid again. */
        void restore() {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Node node = nodes.get(i);
                parents.get(i).insertChildren(indexes.get(i), node);
                stats.add((Element) node);
            }
            nodes.clear();
            parents.clear();
            indexes.clear();
        }
    }

    // ---- 1. page chrome by structure and cues ----

    private static void stripChrome(Element body, Strictness strictness, TextStats stats, List<Dropped> dropped,
                                    Detached detached) {
        int bodyChars = stats.textLength(body);
        Map<String, String> rulesByCues = new java.util.HashMap<>(); // pages repeat the same class names thousands of times
        List<Element> chrome = new ArrayList<>();
        // Collected first, detached after the walk: decisions are taken on the page as it was.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (NON_CONTENT.contains(tag)) {
                    chrome.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                String rule = chromeRule(el, tag, strictness, rulesByCues);
                // A "sidebar" or "related" container holding most of the page's text is the page's content.
                if (rule != null && !rule.equals("html-comments") && !rule.equals("html-hidden")
                        && stats.textLength(el) * 2 > bodyChars && bodyChars > MIN_ARTICLE_CHARS) {
                    rule = null;
                }
                if (rule != null) {
                    String text = el.text();
                    if (!text.isBlank()) {
                        dropped.add(new Dropped(rule, reasonFor(rule, el), text));
                    }
                    chrome.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        chrome.forEach(detached::detach);
    }

    private static String chromeRule(Element el, String tag, Strictness strictness, Map<String, String> rulesByCues) {
        if (strictness == Strictness.STRUCTURE_ONLY && !tag.equals("nav") && !tag.equals("footer")) {
            return el.hasAttr("hidden") || HIDDEN_STYLE.matcher(el.attr("style")).find() ? "html-hidden" : null;
        }
        switch (tag) {
            case "nav" -> {
                return "html-navigation";
            }
            case "footer" -> {
                return insideArticle(el) && el.text().length() < 200 ? null : "html-footer";
            }
            case "aside" -> {
                return "html-aside";
            }
            case "form" -> {
                return "html-form";
            }
            case "header" -> {
                return insideArticle(el) ? null : "html-header";
            }
            default -> {
            }
        }
        if (el.hasAttr("hidden") || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
            return "html-hidden";
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menubar", "menu" -> {
                return "html-navigation";
            }
            case "banner" -> {
                return "html-header";
            }
            case "contentinfo" -> {
                return "html-footer";
            }
            case "complementary" -> {
                return "html-aside";
            }
            case "dialog", "alertdialog" -> {
                return "html-banner";
            }
            default -> {
            }
        }
        if (strictness != Strictness.FULL || tag.equals("a") || tag.equals("body") || tag.equals("main")
                || HEADINGS.contains(tag) || tag.equals("p")) {
            return null;
        }
        String cues = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).strip();
        if (cues.isEmpty()) {
            return null;
        }
        String rule = rulesByCues.computeIfAbsent(cues, HtmlArticleExtractor::cueRule);
        if (rule.isEmpty()) {
            return null;
        }
        // Comment sections are prose too, so their cue wins over any content cue (WordPress: article.comment-body).
        if (rule.startsWith("!")) {
            return rule.substring(1);
        }
        if (tag.equals("article") || coversContent(el, cues)) {
            return null;
        }
        return rule;
    }

    /** The chrome rule a class/id string names, or "" for none; "!" marks a rule no content cue overrides. */
    private static String cueRule(String cues) {
        if (CUES.get("html-comments").find(cues) && !CONTENT_ROOT_CUE.find(cues)) {
            return "!html-comments";
        }
        for (Map.Entry<String, Cue> cue : CUES.entrySet()) {
            if (cue.getValue().find(cues)) {
                return cue.getKey();
            }
        }
        return "";
    }

    /** A container whose cues also say "content" (e.g. {@code post-content share-enabled}) is kept when it holds real text. */
    private static boolean coversContent(Element el, String cues) {
        return CONTENT_CUE.find(cues) && el.select("p").size() >= 3;
    }

    private static boolean insideArticle(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article") || p.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static String reasonFor(String rule, Element el) {
        String cues = (el.normalName() + (el.id().isEmpty() ? "" : "#" + el.id())
                + (el.className().isEmpty() ? "" : "." + el.className().replace(' ', '.')));
        return switch (rule) {
            case "html-navigation" -> "navigation element " + cues;
            case "html-comments" -> "comment section " + cues;
            case "html-share-bar" -> "share bar " + cues;
            case "html-related" -> "related-content list " + cues;
            case "html-cookie-banner" -> "cookie/consent banner " + cues;
            case "html-newsletter" -> "newsletter/subscription box " + cues;
            case "html-ads" -> "advertisement " + cues;
            case "html-hidden" -> "hidden element " + cues;
            default -> "page chrome " + cues;
        };
    }

    // ---- 2. scoring ----

    private List<Element> selectArticle(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element el : body.getAllElements()) {
            if (!isParagraphLike(el)) {
                continue;
            }
            int length = stats.textLength(el);
            if (length < minParagraphChars) {
                continue;
            }
            double score = 1 + commas(el) + Math.min(length / 100.0, 3);
            Element ancestor = el.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double old = scores.get(ancestor);
                scores.put(ancestor, (old == null ? initialScore(ancestor) : old) + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(s);
            if (top == null || s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = commonAncestorOfAlikeCandidates(top, topScore, scores, body);
        topScore = Math.max(topScore, scores.getOrDefault(top, 0.0));
        // A lone top candidate inside a thin wrapper: the wrapper is the article when it scores nearly as well.
        while (top.parent() != null && top != body && top.parent().childrenSize() == 1
                && !top.parent().normalName().equals("body")) {
            top = top.parent();
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> article = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                article.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double siblingScore = scores.get(sibling);
            if (siblingScore != null && siblingScore + bonus >= threshold) {
                article.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = stats.textLength(sibling);
                double density = stats.linkDensity(sibling);
                String text = sibling.text();
                if ((length > 80 && density < 0.25) || (length > 0 && density == 0 && text.contains(". "))) {
                    article.add(sibling);
                }
            }
        }
        return article;
    }

    /** How many runners-up are compared with the winner, and how many alike ones make the winner a mere section. */
    private static final int RUNNERS_UP = 5;
    private static final int ALIKE_SECTIONS = 3;
    private static final double ALIKE_SHARE = 0.75;

    /**
     * Articles cut into sections (steps of a how-to, "story body" columns between ads and pictures) give each
     * section its own wrapper, and each wrapper scores about as well as the winner. When at least three of
     * the runners-up score within 75% of the winner, the article is their common ancestor, not one section
     * (Readability does the same).
     */
    private static Element commonAncestorOfAlikeCandidates(Element top, double topScore, Map<Element, Double> scores,
                                                           Element body) {
        List<Element> alike = scores.entrySet().stream()
                .filter(e -> e.getKey() != top)
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
                .limit(RUNNERS_UP - 1)
                .filter(e -> e.getValue() >= topScore * ALIKE_SHARE)
                .map(Map.Entry::getKey)
                .toList();
        if (alike.size() < ALIKE_SECTIONS) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int containing = 0;
            for (Element candidate : alike) {
                if (candidate != ancestor && candidate.parents().contains(ancestor)) {
                    containing++;
                }
            }
            if (containing >= ALIKE_SECTIONS) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean isParagraphLike(Element el) {
        String tag = el.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) {
            return true;
        }
        if (tag.equals("li")) {
            // List-shaped articles (release notes, how-tos) carry their prose in list items.
            return el.ownText().length() >= 60 && el.getElementsByTag("p").isEmpty();
        }
        if (tag.equals("div") || tag.equals("section")) {
            // A div holding text directly, with no block children, is a paragraph in all but name.
            for (Element child : el.children()) {
                if (BLOCKS.contains(child.normalName())) {
                    return false;
                }
            }
            return !el.ownText().isBlank();
        }
        return false;
    }

    private static double initialScore(Element el) {
        double score = switch (el.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(el);
    }

    static int classWeight(Element el) {
        int weight = 0;
        for (String cue : new String[] {el.className(), el.id()}) {
            if (cue.isEmpty()) {
                continue;
            }
            if (NEGATIVE_CUE.find(cue)) {
                weight -= 25;
            }
            if (POSITIVE_CUE.find(cue)) {
                weight += 25;
            }
        }
        return weight;
    }

    /** Commas in the element's text, counted in its text nodes without building the text. */
    private static int commas(Element el) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == ',' || c == '،' || c == '，' || c == '、') {
                        n[0]++;
                    }
                }
            }
        }, el);
        return n[0];
    }

    // ---- 3. link-dense leftovers inside the article ----

    private static void removeLinkDense(Element root, TextStats stats, List<Dropped> dropped, Detached detached) {
        List<Element> leftovers = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (!CONTAINERS.contains(tag) && !HEADINGS.contains(tag)) {
                    return FilterResult.CONTINUE;
                }
                int length = stats.textLength(el);
                if (length == 0) {
                    return FilterResult.CONTINUE;
                }
                double density = stats.linkDensity(el);
                boolean list = tag.equals("ul") || tag.equals("ol");
                double limit = HEADINGS.contains(tag) ? 0.5 : list ? 0.6 : classWeight(el) >= 25 ? 0.5 : 0.33;
                if (density > limit && length < 2000 && el.select("p").size() < 3) {
                    dropped.add(new Dropped("html-link-dense", String.format(Locale.ROOT, "%s block with %.0f%% link text",
                            tag, density * 100), el.text()));
                    leftovers.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (classWeight(el) < 0 && CONTAINERS.contains(tag) && el.select("p").size() < 2 && length < 500) {
                    dropped.add(new Dropped("html-unlikely", "small block with chrome class/id cues " + el.className() + " " + el.id(), el.text()));
                    leftovers.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        leftovers.forEach(detached::detach);
    }

    // ---- 4. blocks in reading order ----

    private static void emitBlocks(Element root, List<Map.Entry<String, Boolean>> into) {
        StringBuilder buffer = new StringBuilder();
        int[] headingDepth = {0};
        boolean[] bufferIsHeading = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (buffer.length() == 0) {
                        bufferIsHeading[0] = headingDepth[0] > 0;
                    }
                    buffer.append(text.getWholeText());
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("br")) {
                        buffer.append(' ');
                    } else if (tag.equals("img") && buffer.length() > 0) {
                        buffer.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        if (HEADINGS.contains(tag)) {
                            headingDepth[0]++;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    flush();
                    if (HEADINGS.contains(el.normalName())) {
                        headingDepth[0]--;
                    }
                }
            }

            private void flush() {
                if (buffer.length() > 0) {
                    into.add(Map.entry(buffer.toString(), bufferIsHeading[0]));
                    buffer.setLength(0);
                }
            }
        }, root);
        if (buffer.length() > 0) {
            into.add(Map.entry(buffer.toString(), bufferIsHeading[0]));
        }
    }

    /**
     * Text and link-text lengths of every element, computed in one bottom-up pass instead of once per question,
     * and kept in step when elements are detached or put back (their lengths move along the ancestor chain).
     */
    static final class TextStats {
        private final Map<Element, int[]> lengths;

        private TextStats(int elements) {
            lengths = new IdentityHashMap<>(elements);
        }

        static TextStats of(Element root) {
            List<Element> all = root.getAllElements();
            TextStats stats = new TextStats(all.size());
            for (int i = all.size() - 1; i >= 0; i--) { // pre-order reversed: children before parents
                Element el = all.get(i);
                boolean link = el.normalName().equals("a");
                int text = 0;
                int linkText = 0;
                for (int c = 0, n = el.childNodeSize(); c < n; c++) {
                    Node child = el.childNode(c);
                    if (child instanceof TextNode t) {
                        int length = visibleLength(t.getWholeText());
                        text += length;
                        if (link) {
                            linkText += length;
                        }
                    } else if (child instanceof Element e) {
                        int[] l = stats.lengths.get(e);
                        if (l != null) {
                            text += l[0];
                            linkText += link ? l[0] : l[1];
                        }
                    }
                }
                stats.lengths.put(el, new int[] {text, linkText});
            }
            return stats;
        }

        /**
         * {@code TextNode.text().strip().length()} without building either string: whitespace runs (with no-break
         * spaces) count as one space, invisible characters as nothing, and whitespace at either end not at all.
         */
        static int visibleLength(String raw) {
            int length = 0;
            int trailingWhite = 0;
            boolean lastWasSpace = false;
            for (int i = 0; i < raw.length(); ) {
                int c = raw.codePointAt(i);
                int width = Character.charCount(c);
                i += width;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                    if (lastWasSpace) {
                        continue;
                    }
                    lastWasSpace = true;
                    if (length > 0) {
                        length++;
                        trailingWhite++;
                    }
                } else if (c != 8203 && c != 173) {
                    lastWasSpace = false;
                    if (Character.isWhitespace(c)) {
                        if (length > 0) {
                            length += width;
                            trailingWhite += width;
                        }
                    } else {
                        length += width;
                        trailingWhite = 0;
                    }
                }
            }
            return length - trailingWhite;
        }

        /** {@code el} leaves the tree: its ancestors lose its text. */
        void subtract(Element el) {
            move(el, -1);
        }

        /** {@code el} is back in the tree. */
        void add(Element el) {
            move(el, 1);
        }

        private void move(Element el, int sign) {
            int[] own = lengths.get(el);
            if (own == null) {
                return;
            }
            int text = own[0];
            int link = own[1];
            for (Element ancestor = el.parent(); ancestor != null; ancestor = ancestor.parent()) {
                int[] l = lengths.get(ancestor);
                if (l == null) {
                    return;
                }
                if (ancestor.normalName().equals("a")) {
                    link = text; // inside a link, all text is link text
                }
                l[0] += sign * text;
                l[1] += sign * link;
            }
        }

        int textLength(Element el) {
            int[] l = lengths.get(el);
            return l == null ? el.text().length() : l[0];
        }

        double linkDensity(Element el) {
            int[] l = lengths.get(el);
            return l == null || l[0] == 0 ? 0 : (double) l[1] / l[0];
        }
    }
}

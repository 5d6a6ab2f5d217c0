package io.newspipe.cleaner;

import io.newspipe.cleaner.decode.CharsetResolver;
import io.newspipe.cleaner.decode.ContentKind;
import io.newspipe.cleaner.decode.DecodedText;
import io.newspipe.cleaner.html.HtmlArticleExtractor;
import io.newspipe.cleaner.html.PageMetadata;
import io.newspipe.cleaner.text.PhraseLists;
import io.newspipe.cleaner.text.PlainTextSplitter;
import io.newspipe.cleaner.text.RemovalLog;
import io.newspipe.cleaner.text.TextDocument;
import io.newspipe.cleaner.text.TextNormalizer;
import io.newspipe.cleaner.text.TextRules;
import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns a raw page into a clean article: decodes the bytes, extracts the article from HTML or cleans plain
 * text, applies the boilerplate rules and records what went and why. Never throws: whatever comes in,
 * a {@link CleanArticle} comes out, {@code EMPTY} with a reason when nothing article-like was found.
 */
public final class ArticleCleaner {

    /** The article and the exact number of blocks each rule removed (the article's list may be summarised). */
    public record Result(CleanArticle article, Map<String, Integer> removalsByRule) {
    }

    /** Share of replacement or control characters above which decoded "text" is taken for binary data. */
    private static final double MAX_GARBAGE_SHARE = 0.2;

    private final CleaningOptions options;
    private final TextRules rules;
    private final HtmlArticleExtractor htmlExtractor;
    private final Clock clock;

    public ArticleCleaner(CleaningOptions options, Clock clock) {
        this(options, PhraseLists.load(options.phrasesFile()), clock);
    }

    public ArticleCleaner(CleaningOptions options, PhraseLists phrases, Clock clock) {
        this.options = options;
        this.rules = new TextRules(phrases, options.bodyParagraphChars(), options.spamLineMaxWords(), options.titleMaxChars());
        this.htmlExtractor = new HtmlArticleExtractor(options.minParagraphChars(), options.maxHtmlDepth());
        this.clock = clock;
    }

    public static ArticleCleaner withDefaults(Clock clock) {
        return new ArticleCleaner(CleaningOptions.defaults(), clock);
    }

    public CleanArticle clean(RawPage page) {
        return cleanWithCounts(page).article();
    }

    public Result cleanWithCounts(RawPage page) {
        RemovalLog removals = new RemovalLog(options.maxRemovals());
        byte[] body;
        try {
            body = page.body();
        } catch (IllegalArgumentException e) {
            return empty(page, removals, "body is not valid Base64");
        }
        try {
            return cleanBytes(page, body, removals);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect or a pathological page must cost one article, never the consumer.
            return empty(page, removals, "cleaning failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Result cleanBytes(RawPage page, byte[] body, RemovalLog removals) {
        if (body.length == 0) {
            return empty(page, removals, "empty body");
        }
        if (body.length > options.maxInputBytes()) {
            removals.add("input-truncated", "page larger than " + options.maxInputBytes() + " bytes; the rest was not read",
                    body.length + " bytes");
            body = Arrays.copyOf(body, options.maxInputBytes());
        }
        ContentKind kind = ContentKind.declared(page.contentType());
        if (kind == null) {
            kind = ContentKind.sniff(body);
        }
        if (kind == ContentKind.BINARY) {
            return empty(page, removals, "binary content (" + page.contentType() + ")");
        }
        DecodedText decoded = CharsetResolver.decode(body, page.charset(), kind == ContentKind.HTML);
        if (garbageShare(decoded.text()) > MAX_GARBAGE_SHARE) {
            return empty(page, removals, "undecodable or binary bytes (decoded as " + decoded.charset() + ")");
        }
        TextDocument document = new TextDocument(removals);
        PageMetadata metadata;
        if (kind == ContentKind.HTML) {
            metadata = htmlExtractor.extract(decoded.text(), baseUri(page), document, removals);
            document.title(metadata.title());
            document.byline(metadata.byline());
            rules.cleanExtractedBlocks(document);
            if (document.title() == null) {
                document.kept().stream().filter(TextDocument.Block::heading).findFirst().ifPresent(document::promoteToTitle);
            }
        } else {
            metadata = new PageMetadata(null, null, null, null, null, null, null, null);
            PlainTextSplitter.split(decoded.text(), document);
            rules.cleanPlainText(document);
        }
        List<String> paragraphs = document.paragraphs();
        String title = document.title() == null ? null : TextNormalizer.paragraph(document.title());
        boolean empty = paragraphs.isEmpty();
        CleanArticle article = new CleanArticle(CleanArticle.SCHEMA_VERSION, page.id(), page.sourceUri(), page.sourceName(),
                page.fetchedAt(), rawSha256(page, body), page.contentType(), title, document.byline(), metadata.publishedAt(),
                metadata.siteName(), metadata.canonicalUrl(), metadata.language(), metadata.description(),
                metadata.leadImage(), paragraphs, null, removals.entries(),
                empty ? CleanArticle.Status.EMPTY : CleanArticle.Status.OK,
                empty ? "no article text found" + (removals.isEmpty() ? "" : " after removing boilerplate") : null,
                clock.instant());
        return new Result(article, removals.counts());
    }

    private Result empty(RawPage page, RemovalLog removals, String reason) {
        CleanArticle article = new CleanArticle(CleanArticle.SCHEMA_VERSION, page.id(), page.sourceUri(), page.sourceName(),
                page.fetchedAt(), rawSha256(page, null), page.contentType(), null, null, null, null, null, null, null, null,
                List.of(), null, removals.entries(), CleanArticle.Status.EMPTY, reason, clock.instant());
        return new Result(article, removals.counts());
    }

    private static String rawSha256(RawPage page, byte[] body) {
        if (page.sha256() != null && page.sha256().matches("[0-9a-f]{64}")) {
            return page.sha256();
        }
        return ArticleId.sha256Hex(body == null ? new byte[0] : body);
    }

    private static String baseUri(RawPage page) {
        String uri = page.sourceUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : "";
    }

    private static double garbageShare(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        if (sample == 0) {
            return 0;
        }
        int garbage = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) { // ISO control characters, tested cheaply first
                if (!Character.isWhitespace(c)) {
                    garbage++;
                }
            } else if (c == '\uFFFD') {
                garbage++;
            }
        }
        return (double) garbage / sample;
    }
}

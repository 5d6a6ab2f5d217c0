package io.newspipe.cleaner.web;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.pipeline.CleanerMetrics;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.RawPage;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cleans one page on demand, for trying rules out: {@code curl --data-binary @page.html -H 'Content-Type: text/html' :8082/api/clean}. */
@RestController
public class CleanController {

    static final String DEFAULT_SOURCE = "urn:newspipe:api-clean";

    private final ArticleCleaner cleaner;
    private final CleanerMetrics metrics;

    public CleanController(ArticleCleaner cleaner, CleanerMetrics metrics) {
        this.cleaner = cleaner;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/clean", produces = MediaType.APPLICATION_JSON_VALUE)
    public CleanArticle clean(@RequestBody(required = false) byte[] body,
                              @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                              @RequestParam(value = "source", required = false) String source) {
        String type = null;
        String charset = null;
        if (contentType != null) {
            try {
                MediaType media = MediaType.parseMediaType(contentType);
                type = media.getType() + "/" + media.getSubtype();
                charset = media.getParameter("charset");
            } catch (IllegalArgumentException e) {
                type = null; // unparseable header: sniff the bytes instead
            }
        }
        String sourceUri = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
        RawPage page = RawPage.of(sourceUri, "api", Instant.now(), type, charset, body == null ? new byte[0] : body);
        ArticleCleaner.Result result = cleaner.cleanWithCounts(page);
        metrics.record(result);
        return result.article();
    }
}

package io.newspipe.enricher.web;

import io.newspipe.contract.ArticleId;
import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EventCodec;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.PlainTextArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/enrich}: enrich a text without Kafka, for trying rules out and for callers outside the
 * pipeline. Paragraphs are the blocks between blank lines; mention offsets point into the returned
 * {@code article.text}. The answer is the same JSON as on {@code news.enriched-articles.v1}.
 */
@RestController
public class EnrichController {

    /** JSON body: the headline (optional) and the text. */
    public record EnrichRequest(String title, String text) {
    }

    private final ArticleEnricher enricher;
    private final EventCodec codec;
    private final Clock clock;

    public EnrichController(ArticleEnricher enricher, EventCodec codec, Clock clock) {
        this.enricher = enricher;
        this.codec = codec;
        this.clock = clock;
    }

    @PostMapping(path = "/api/enrich", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> enrichJson(@RequestBody EnrichRequest request) {
        return enrich(request.title(), request.text());
    }

    @PostMapping(path = "/api/enrich", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> enrichText(@RequestBody(required = false) String text) {
        return enrich(null, text);
    }

    private ResponseEntity<String> enrich(String title, String text) {
        String body = text == null ? "" : text;
        String source = "api:" + ArticleId.sha256Hex((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
        CleanArticle article = PlainTextArticle.of(source, "api", title, body, clock.instant());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(codec.write(enricher.enrich(article)));
    }
}

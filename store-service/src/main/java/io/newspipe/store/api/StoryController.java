package io.newspipe.store.api;

import io.newspipe.store.StoreProperties;
import io.newspipe.store.api.StoryViews.StoryDetail;
import io.newspipe.store.api.StoryViews.StoryPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stories: the same event reported in several articles and languages. */
@RestController
@RequestMapping("/api/stories")
public class StoryController {

    private final StoryQueries queries;
    private final StoreProperties properties;

    public StoryController(StoryQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "Stories, the latest article first, with article count, languages and top entities")
    @GetMapping
    public StoryPage list(
            @Parameter(description = "Stories with an article at or after, ISO-8601") @RequestParam(required = false) String from,
            @Parameter(description = "Stories with an article before, ISO-8601") @RequestParam(required = false) String to,
            @Parameter(description = "Stories with an article in this language") @RequestParam(required = false) String language,
            @Parameter(description = "Stories naming this entity (id or QID)") @RequestParam(required = false) String entity,
            @Parameter(description = "Only stories of at least this many articles (2: stories told more than once)")
            @RequestParam(defaultValue = "1") int minArticles,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        if (page < 0) {
            throw new InvalidQueryException("page", "must be 0 or more, was " + page);
        }
        if (minArticles < 1) {
            throw new InvalidQueryException("minArticles", "must be 1 or more, was " + minArticles);
        }
        Instant fromTime = QueryParameters.time("from", from);
        Instant toTime = QueryParameters.time("to", to);
        QueryParameters.range(fromTime, toTime);
        return queries.list(fromTime, toTime, QueryParameters.language(language), QueryParameters.id("entity", entity),
                minArticles, page, QueryParameters.size(size, properties.defaultPageSize(), properties.maxPageSize()));
    }

    @Operation(summary = "One story with its articles, earliest first")
    @GetMapping("/{id}")
    public StoryDetail get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("story", id));
    }
}

package io.newspipe.store.api;

import io.newspipe.store.StoreProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The query API over stored articles. Errors are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/articles")
public class ArticleController {

    private final ArticleQueries queries;
    private final StoreProperties properties;

    public ArticleController(ArticleQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "Search and browse articles",
            description = "All filters combine (AND). Time order is newest fetch first; relevance needs q. Page with "
                    + "cursor=nextCursor (stable while articles arrive) or with page numbers.")
    @GetMapping
    public ArticlePage list(
            @Parameter(description = "Full-text query in the article's language (PostgreSQL text search; on H2 every "
                    + "word must occur). Supports \"phrases\", OR and -exclusion on PostgreSQL.")
            @RequestParam(required = false) String q,
            @Parameter(description = "ISO 639-1 language code, or und") @RequestParam(required = false) String language,
            @Parameter(description = "Entity id or Wikidata QID") @RequestParam(required = false) String entity,
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION or MISC") @RequestParam(required = false) String entityType,
            @Parameter(description = "Source name given by the fetcher") @RequestParam(required = false) String source,
            @Parameter(description = "Article time (published, else fetched) at or after, ISO-8601") @RequestParam(required = false) String from,
            @Parameter(description = "Article time before, ISO-8601") @RequestParam(required = false) String to,
            @Parameter(description = "Story id") @RequestParam(required = false) String story,
            @Parameter(description = "time (default) or relevance") @RequestParam(required = false) String sort,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        if (page < 0) {
            throw new InvalidQueryException("page", "must be 0 or more, was " + page);
        }
        int pageSize = QueryParameters.size(size, properties.defaultPageSize(), properties.maxPageSize());
        Instant fromTime = QueryParameters.time("from", from);
        Instant toTime = QueryParameters.time("to", to);
        QueryParameters.range(fromTime, toTime);
        String query = QueryParameters.query(q);
        ArticleSort order = ArticleSort.parse(sort);
        if (order == ArticleSort.RELEVANCE && query == null) {
            throw new InvalidQueryException("sort", "relevance needs a query 'q'");
        }
        ArticleFilter filter = new ArticleFilter(QueryParameters.language(language), QueryParameters.id("entity", entity),
                QueryParameters.entityType(entityType), QueryParameters.id("source", source), fromTime, toTime,
                QueryParameters.id("story", story), query);
        ArticleCursor position = cursor == null || cursor.isBlank() ? null : ArticleCursor.decode(cursor);
        return queries.list(filter, order, page, pageSize, position);
    }

    @Operation(summary = "One article with its entities, mentions and the cleaner's removal audit")
    @GetMapping("/{id}")
    public ArticleDetail get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}

package io.newspipe.store.api;

import io.newspipe.store.StoreProperties;
import io.newspipe.store.api.EntityViews.EntityProfile;
import io.newspipe.store.api.EntityViews.TopEntities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Canonical entities: who and what the articles are about. */
@RestController
@RequestMapping("/api/entities")
public class EntityController {

    private final EntityQueries queries;
    private final StoreProperties properties;

    public EntityController(EntityQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @Operation(summary = "The entities named by the most articles in a time window, with counts per language")
    @GetMapping
    public TopEntities top(
            @Parameter(description = "Article time (published, else fetched) at or after, ISO-8601; default unbounded")
            @RequestParam(required = false) String from,
            @Parameter(description = "Article time before, ISO-8601; default unbounded") @RequestParam(required = false) String to,
            @Parameter(description = "PERSON, ORGANIZATION, LOCATION or MISC") @RequestParam(required = false) String type,
            @Parameter(description = "Count only articles in this language") @RequestParam(required = false) String language,
            @RequestParam(required = false) Integer limit) {
        Instant fromTime = QueryParameters.time("from", from);
        Instant toTime = QueryParameters.time("to", to);
        QueryParameters.range(fromTime, toTime);
        int size = limit == null ? properties.defaultPageSize() : limit;
        if (size < 1) {
            throw new InvalidQueryException("limit", "must be 1 or more, was " + size);
        }
        return queries.top(fromTime, toTime, QueryParameters.entityType(type), QueryParameters.language(language),
                Math.min(size, properties.maxPageSize()));
    }

    @Operation(summary = "One entity (by id or Wikidata QID): names, aliases per language and the latest articles")
    @GetMapping("/{id}")
    public EntityProfile get(@PathVariable String id, @RequestParam(required = false) Integer articles) {
        int limit = articles == null ? properties.defaultPageSize() : articles;
        if (limit < 0) {
            throw new InvalidQueryException("articles", "must be 0 or more, was " + limit);
        }
        return queries.find(id, Math.min(limit, properties.maxPageSize()))
                .orElseThrow(() -> new NotFoundException("entity", id));
    }
}

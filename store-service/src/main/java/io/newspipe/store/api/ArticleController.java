package io.newspipe.store.api;

import io.newspipe.store.StoreProperties;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The query API over stored articles. Errors are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/articles")
public class ArticleController {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_ENTITY_LENGTH = 255;

    private final ArticleQueries queries;
    private final StoreProperties properties;

    public ArticleController(ArticleQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @GetMapping
    public ArticlePage list(@RequestParam(required = false) String language,
                            @RequestParam(required = false) String entity,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(required = false) Integer size) {
        if (page < 0) {
            throw new InvalidQueryException("page", "must be 0 or more, was " + page);
        }
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (pageSize < 1) {
            throw new InvalidQueryException("size", "must be 1 or more, was " + pageSize);
        }
        pageSize = Math.min(pageSize, properties.maxPageSize());
        return queries.list(new ArticleFilter(language(language), entity(entity)), page, pageSize);
    }

    @GetMapping("/{id}")
    public ArticleDetail get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE_CODE.matcher(code).matches()) {
            throw new InvalidQueryException("language", "must be an ISO 639 language code such as 'en' or 'und', was '"
                    + language + "'");
        }
        return code;
    }

    private static String entity(String entity) {
        if (entity == null || entity.isBlank()) {
            return null;
        }
        if (entity.length() > MAX_ENTITY_LENGTH) {
            throw new InvalidQueryException("entity", "must be an entity id or QID of at most " + MAX_ENTITY_LENGTH
                    + " characters");
        }
        return entity.strip();
    }
}

package io.newspipe.store.api;

import io.newspipe.store.api.ArticleDetail.EntityDetail;
import io.newspipe.store.api.ArticleDetail.MentionSpan;
import io.newspipe.store.api.ArticleDetail.RemovedBlock;
import io.newspipe.store.api.ArticleSummary.EntityReference;
import io.newspipe.store.search.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side of the store: the queries behind the article API.
 *
 * <p>Full-text search differs by database. PostgreSQL matches the stored {@code search_vector}, built with
 * the text search configuration of the article's language, against the query parsed with that same
 * configuration, and ranks by {@code ts_rank_cd}. H2 has no such engine: there every word of the query
 * must occur in the normalised text (a case-insensitive substring match, no stemming, no ranking), which
 * finds "İskender'i" for "İskender" too because apostrophe suffixes are split off on both sides.
 */
public class ArticleQueries {

    // Newest fetch first; the id breaks ties so that pages neither repeat nor skip articles.
    private static final String TIME_ORDER = " ORDER BY a.fetched_at DESC NULLS LAST, a.id ASC";
    static final String SUMMARY_COLUMNS = "a.id, a.source_uri, a.title, a.language, a.language_confidence,"
            + " a.published_at, a.fetched_at, a.version, a.source_name, a.story_id";

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<List<RemovedBlock>> REMOVED_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final DatabaseDialect dialect;

    public ArticleQueries(JdbcTemplate jdbc, JsonMapper mapper) {
        this.jdbc = JdbcClient.create(jdbc);
        this.mapper = mapper;
        this.dialect = new DatabaseDialect(jdbc);
    }

    /** The first page in time order, by page number. */
    public ArticlePage list(ArticleFilter filter, int page, int size) {
        return list(filter, ArticleSort.TIME, page, size, null);
    }

    /**
     * @param cursor where to continue, or null to start at {@code page} (ignored when a cursor is given)
     */
    public ArticlePage list(ArticleFilter filter, ArticleSort sort, int page, int size, ArticleCursor cursor) {
        if (cursor != null && cursor.sort() != sort) {
            throw new InvalidQueryException("cursor", "belongs to sort=" + cursor.sort().name().toLowerCase()
                    + ", not sort=" + sort.name().toLowerCase());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        boolean ranked = sort == ArticleSort.RELEVANCE && filter.query() != null && dialect.isPostgres();
        long total = jdbc.sql("SELECT COUNT(*) FROM articles a" + where).params(params).query(Long.class).single();

        String keyset = "";
        long offset = (long) page * size;
        if (cursor != null && cursor.sort() == ArticleSort.TIME) {
            offset = 0;
            keyset = keysetAfter(cursor, params);
        } else if (cursor != null) {
            offset = cursor.offset();
        }
        String order = ranked
                ? " ORDER BY ts_rank_cd(a.search_vector, websearch_to_tsquery(newspipe_search_config(a.language), :q)) DESC, a.id ASC"
                : TIME_ORDER;
        List<ArticleSummary> rows = List.of();
        if (offset < total) {
            rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM articles a" + where + keyset + order
                            + " LIMIT :limit OFFSET :offset")
                    .params(params)
                    .param("limit", size + 1)
                    .param("offset", offset)
                    .query((rs, n) -> summary(rs))
                    .list();
        }
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            ArticleSummary last = rows.get(size - 1);
            next = sort == ArticleSort.TIME ? ArticleCursor.after(last.fetchedAt(), last.id()).encode()
                    : ArticleCursor.atOffset(offset + size).encode();
        }
        return new ArticlePage(withEntities(rows), cursor == null ? page : 0, size, total,
                sort.name().toLowerCase(), next);
    }

    private String where(ArticleFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.language() != null) {
            where.append(" AND a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.entity() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                    + " WHERE ae.article_id = a.id AND (e.id = :entity OR e.qid = :entity))");
            params.put("entity", filter.entity());
        }
        if (filter.entityType() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_entities aet JOIN entities et ON et.id = aet.entity_id"
                    + " WHERE aet.article_id = a.id AND et.type = :entityType)");
            params.put("entityType", filter.entityType());
        }
        if (filter.source() != null) {
            where.append(" AND a.source_name = :source");
            params.put("source", filter.source());
        }
        if (filter.from() != null) {
            where.append(" AND a.article_time >= :from");
            params.put("from", timestamp(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND a.article_time < :to");
            params.put("to", timestamp(filter.to()));
        }
        if (filter.story() != null) {
            where.append(" AND a.story_id = :story");
            params.put("story", filter.story());
        }
        if (filter.query() != null) {
            appendTextMatch(filter.query(), where, params);
        }
        return where.toString();
    }

    private void appendTextMatch(String query, StringBuilder where, Map<String, Object> params) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            where.append(" AND 1 = 0"); // nothing searchable (only punctuation): nothing matches
            return;
        }
        if (dialect.isPostgres()) {
            params.put("q", SearchText.normalise(query));
            // The first condition is the one the GIN index answers: the query parsed with every configuration,
            // OR-ed, matches a superset. The second keeps the articles matched in their own language's terms.
            where.append(" AND a.search_vector @@ (").append(dialect.anyConfigurationQuery(":q")).append(")")
                    .append(" AND a.search_vector @@ websearch_to_tsquery(newspipe_search_config(a.language), :q)");
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND a.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
            params.put("word" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /** Articles after the cursor's in time order (fetched_at DESC NULLS LAST, id ASC). */
    private static String keysetAfter(ArticleCursor cursor, Map<String, Object> params) {
        params.put("cursorId", cursor.id());
        if (cursor.fetchedAt() == null) {
            return " AND a.fetched_at IS NULL AND a.id > :cursorId";
        }
        params.put("cursorTime", timestamp(cursor.fetchedAt()));
        return " AND (a.fetched_at < :cursorTime OR (a.fetched_at = :cursorTime AND a.id > :cursorId) OR a.fetched_at IS NULL)";
    }

    static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getString("id"), rs.getString("source_uri"), rs.getString("title"),
                rs.getString("language"), rs.getDouble("language_confidence"), instant(rs, "published_at"),
                instant(rs, "fetched_at"), rs.getInt("version"), List.of(), rs.getString("source_name"),
                rs.getString("story_id"));
    }

    /** The rows with their entities, most salient first. */
    List<ArticleSummary> withEntities(List<ArticleSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<EntityReference>> byArticle = new LinkedHashMap<>();
        jdbc.sql("SELECT ae.article_id, e.id, e.type, e.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                        + " WHERE ae.article_id IN (:ids) ORDER BY ae.article_id, ae.salience DESC, e.id")
                .param("ids", rows.stream().map(ArticleSummary::id).toList())
                .query(rs -> {
                    byArticle.computeIfAbsent(rs.getString("article_id"), id -> new ArrayList<>())
                            .add(new EntityReference(rs.getString("id"), rs.getString("type"), rs.getString("name")));
                });
        return rows.stream().map(r -> r.withEntities(List.copyOf(byArticle.getOrDefault(r.id(), List.of())))).toList();
    }

    public Optional<ArticleDetail> find(String id) {
        Optional<ArticleDetail> article = jdbc.sql("SELECT id, source_uri, source_name, title, byline, language,"
                        + " language_confidence, published_at, fetched_at, stored_at, updated_at, version, content_version, text,"
                        + " paragraphs, removed, story_id, article_time FROM articles WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ArticleDetail(rs.getString("id"), rs.getString("source_uri"),
                        rs.getString("source_name"), rs.getString("title"), rs.getString("byline"),
                        rs.getString("language"), rs.getDouble("language_confidence"), instant(rs, "published_at"),
                        instant(rs, "fetched_at"), instant(rs, "stored_at"), instant(rs, "updated_at"),
                        rs.getInt("version"), rs.getString("content_version"), rs.getString("text"), mapper.readValue(rs.getString("paragraphs"), STRING_LIST),
                        List.of(), mapper.readValue(rs.getString("removed"), REMOVED_LIST), rs.getString("story_id"),
                        instant(rs, "article_time")))
                .optional();
        return article.map(a -> new ArticleDetail(a.id(), a.url(), a.sourceName(), a.title(), a.byline(), a.language(),
                a.languageConfidence(), a.publishedAt(), a.fetchedAt(), a.storedAt(), a.updatedAt(), a.version(), a.contentVersion(), a.text(),
                a.paragraphs(), entities(id), a.removed(), a.storyId(), a.articleTime()));
    }

    private List<EntityDetail> entities(String articleId) {
        Map<String, List<MentionSpan>> mentions = new LinkedHashMap<>();
        jdbc.sql("SELECT entity_id, surface, start_offset, end_offset FROM mentions WHERE article_id = :id"
                        + " ORDER BY entity_id, ordinal")
                .param("id", articleId)
                .query(rs -> {
                    mentions.computeIfAbsent(rs.getString("entity_id"), e -> new ArrayList<>())
                            .add(new MentionSpan(rs.getString("surface"), rs.getInt("start_offset"), rs.getInt("end_offset")));
                });
        return jdbc.sql("SELECT e.id, e.type, e.name, e.qid, ae.salience FROM article_entities ae"
                        + " JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = :id ORDER BY ae.salience DESC, e.id")
                .param("id", articleId)
                .query((rs, n) -> new EntityDetail(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                        rs.getString("qid"), rs.getDouble("salience"),
                        List.copyOf(mentions.getOrDefault(rs.getString("id"), List.of()))))
                .list();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

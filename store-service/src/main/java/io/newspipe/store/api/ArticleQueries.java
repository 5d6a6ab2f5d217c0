package io.newspipe.store.api;

import io.newspipe.store.api.ArticleDetail.EntityDetail;
import io.newspipe.store.api.ArticleDetail.MentionSpan;
import io.newspipe.store.api.ArticleDetail.RemovedBlock;
import io.newspipe.store.api.ArticleSummary.EntityReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side of the store: the queries behind the article API. */
public class ArticleQueries {

    // Newest fetch first; the id breaks ties so that pages neither repeat nor skip articles.
    private static final String ORDER = " ORDER BY a.fetched_at DESC NULLS LAST, a.id ASC";

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    private static final TypeReference<List<RemovedBlock>> REMOVED_LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    public ArticleQueries(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public ArticlePage list(ArticleFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.language() != null) {
            where.append(" AND a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.entity() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                    + " WHERE ae.article_id = a.id AND (e.id = :entity OR e.qid = :entity))");
            params.put("entity", filter.entity());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM articles a" + where).params(params).query(Long.class).single();
        List<ArticleSummary> items = List.of();
        long offset = (long) page * size;
        if (offset < total) {
            List<ArticleSummary> rows = jdbc.sql("SELECT a.id, a.source_uri, a.title, a.language, a.language_confidence,"
                            + " a.published_at, a.fetched_at, a.version FROM articles a" + where + ORDER
                            + " LIMIT :limit OFFSET :offset")
                    .params(params)
                    .param("limit", size)
                    .param("offset", offset)
                    .query((rs, n) -> new ArticleSummary(rs.getString("id"), rs.getString("source_uri"),
                            rs.getString("title"), rs.getString("language"), rs.getDouble("language_confidence"),
                            instant(rs, "published_at"), instant(rs, "fetched_at"), rs.getInt("version"), List.of()))
                    .list();
            items = withEntities(rows);
        }
        return new ArticlePage(items, page, size, total);
    }

    private List<ArticleSummary> withEntities(List<ArticleSummary> rows) {
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
        return rows.stream()
                .map(r -> new ArticleSummary(r.id(), r.url(), r.title(), r.language(), r.languageConfidence(),
                        r.publishedAt(), r.fetchedAt(), r.version(), List.copyOf(byArticle.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    public Optional<ArticleDetail> find(String id) {
        Optional<ArticleDetail> article = jdbc.sql("SELECT id, source_uri, source_name, title, byline, language,"
                        + " language_confidence, published_at, fetched_at, stored_at, updated_at, version, content_version, text,"
                        + " paragraphs, removed FROM articles WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ArticleDetail(rs.getString("id"), rs.getString("source_uri"),
                        rs.getString("source_name"), rs.getString("title"), rs.getString("byline"),
                        rs.getString("language"), rs.getDouble("language_confidence"), instant(rs, "published_at"),
                        instant(rs, "fetched_at"), instant(rs, "stored_at"), instant(rs, "updated_at"),
                        rs.getInt("version"), rs.getString("content_version"), rs.getString("text"), mapper.readValue(rs.getString("paragraphs"), STRING_LIST),
                        List.of(), mapper.readValue(rs.getString("removed"), REMOVED_LIST)))
                .optional();
        return article.map(a -> new ArticleDetail(a.id(), a.url(), a.sourceName(), a.title(), a.byline(), a.language(),
                a.languageConfidence(), a.publishedAt(), a.fetchedAt(), a.storedAt(), a.updatedAt(), a.version(), a.contentVersion(), a.text(),
                a.paragraphs(), entities(id), a.removed()));
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

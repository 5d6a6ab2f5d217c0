package io.newspipe.store.api;

import io.newspipe.store.api.StoryViews.LanguageCount;
import io.newspipe.store.api.StoryViews.StoryDetail;
import io.newspipe.store.api.StoryViews.StoryEntity;
import io.newspipe.store.api.StoryViews.StoryPage;
import io.newspipe.store.api.StoryViews.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queries behind the story API. */
public class StoryQueries {

    private static final int TOP_ENTITIES = 5;

    private final JdbcClient jdbc;
    private final ArticleQueries articles;

    public StoryQueries(JdbcTemplate jdbc, ArticleQueries articles) {
        this.jdbc = JdbcClient.create(jdbc);
        this.articles = articles;
    }

    /**
     * @param from        stories with an article at or after this, or null
     * @param to          stories with an article before this, or null
     * @param language    stories with an article in this language, or null
     * @param entity      stories with an article naming this entity (id or QID), or null
     * @param minArticles stories of at least this many articles
     */
    public StoryPage list(Instant from, Instant to, String language, String entity, int minArticles, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE s.article_count >= :minArticles");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("minArticles", minArticles);
        if (from != null) {
            where.append(" AND s.last_article_at >= :from");
            params.put("from", ArticleQueries.timestamp(from));
        }
        if (to != null) {
            where.append(" AND s.started_at < :to");
            params.put("to", ArticleQueries.timestamp(to));
        }
        if (language != null) {
            where.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.language = :language)");
            params.put("language", language);
        }
        if (entity != null) {
            where.append(" AND EXISTS (SELECT 1 FROM articles a JOIN article_entities ae ON ae.article_id = a.id"
                    + " JOIN entities e ON e.id = ae.entity_id WHERE a.story_id = s.id AND (e.id = :entity OR e.qid = :entity))");
            params.put("entity", entity);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM stories s" + where).params(params).query(Long.class).single();
        List<StoryRow> rows = jdbc.sql("SELECT s.id, s.started_at, s.last_article_at, s.article_count FROM stories s" + where
                        + " ORDER BY s.last_article_at DESC, s.id ASC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new StoryRow(rs.getString("id"), ArticleQueries.instant(rs, "started_at"),
                        ArticleQueries.instant(rs, "last_article_at"), rs.getInt("article_count")))
                .list();
        return new StoryPage(summaries(rows), page, size, total);
    }

    public Optional<StoryDetail> find(String id) {
        List<StoryRow> rows = jdbc.sql("SELECT id, started_at, last_article_at, article_count FROM stories WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoryRow(rs.getString("id"), ArticleQueries.instant(rs, "started_at"),
                        ArticleQueries.instant(rs, "last_article_at"), rs.getInt("article_count")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ArticleSummary> members = jdbc.sql("SELECT " + ArticleQueries.SUMMARY_COLUMNS + " FROM articles a"
                        + " WHERE a.story_id = :id ORDER BY a.article_time ASC, a.id ASC")
                .param("id", id)
                .query((rs, n) -> ArticleQueries.summary(rs))
                .list();
        return Optional.of(new StoryDetail(summaries(rows).get(0), articles.withEntities(members)));
    }

    private List<StorySummary> summaries(List<StoryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(StoryRow::id).toList();
        Map<String, String> titles = new LinkedHashMap<>();
        jdbc.sql("SELECT a.story_id, a.title FROM articles a WHERE a.story_id IN (:ids) ORDER BY a.story_id, a.article_time, a.id")
                .param("ids", ids)
                .query(rs -> {
                    titles.putIfAbsent(rs.getString("story_id"), rs.getString("title"));
                });
        Map<String, List<LanguageCount>> languages = new LinkedHashMap<>();
        jdbc.sql("SELECT a.story_id, a.language, COUNT(*) AS n FROM articles a WHERE a.story_id IN (:ids)"
                        + " GROUP BY a.story_id, a.language ORDER BY a.story_id, n DESC, a.language")
                .param("ids", ids)
                .query(rs -> {
                    languages.computeIfAbsent(rs.getString("story_id"), k -> new ArrayList<>())
                            .add(new LanguageCount(rs.getString("language"), rs.getLong("n")));
                });
        Map<String, List<StoryEntity>> entities = new LinkedHashMap<>();
        jdbc.sql("SELECT a.story_id, e.id, e.type, e.name, COUNT(*) AS n, SUM(ae.salience) AS salience FROM articles a"
                        + " JOIN article_entities ae ON ae.article_id = a.id JOIN entities e ON e.id = ae.entity_id"
                        + " WHERE a.story_id IN (:ids) GROUP BY a.story_id, e.id, e.type, e.name")
                .param("ids", ids)
                .query(rs -> {
                    entities.computeIfAbsent(rs.getString("story_id"), k -> new ArrayList<>())
                            .add(new StoryEntity(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                                    rs.getLong("n"), rs.getDouble("salience")));
                });
        Comparator<StoryEntity> central = Comparator.comparingDouble(StoryEntity::salience).reversed()
                .thenComparing(StoryEntity::id);
        return rows.stream().map(r -> new StorySummary(r.id(), titles.get(r.id()), r.startedAt(), r.lastArticleAt(),
                r.articleCount(), List.copyOf(languages.getOrDefault(r.id(), List.of())),
                entities.getOrDefault(r.id(), List.of()).stream().sorted(central).limit(TOP_ENTITIES).toList())).toList();
    }

    private record StoryRow(String id, Instant startedAt, Instant lastArticleAt, int articleCount) {
    }
}

package io.newspipe.store.api;

import io.newspipe.store.api.EntityViews.Alias;
import io.newspipe.store.api.EntityViews.EntityCount;
import io.newspipe.store.api.EntityViews.EntityProfile;
import io.newspipe.store.api.EntityViews.TopEntities;
import io.newspipe.store.api.StoryViews.LanguageCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queries behind the entity API. */
public class EntityQueries {

    private final JdbcClient jdbc;
    private final ArticleQueries articles;

    public EntityQueries(JdbcTemplate jdbc, ArticleQueries articles) {
        this.jdbc = JdbcClient.create(jdbc);
        this.articles = articles;
    }

    /**
     * The entities named by the most articles whose time (published, else fetched) is within [from, to).
     *
     * @param type     only entities of this type, or null
     * @param language count only articles in this language, or null
     */
    public TopEntities top(Instant from, Instant to, String type, String language, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (from != null) {
            where.append(" AND a.article_time >= :from");
            params.put("from", ArticleQueries.timestamp(from));
        }
        if (to != null) {
            where.append(" AND a.article_time < :to");
            params.put("to", ArticleQueries.timestamp(to));
        }
        if (language != null) {
            where.append(" AND a.language = :language");
            params.put("language", language);
        }
        if (type != null) {
            where.append(" AND e.type = :type");
            params.put("type", type);
        }
        String joins = " FROM article_entities ae JOIN articles a ON a.id = ae.article_id JOIN entities e ON e.id = ae.entity_id";
        List<EntityCount> top = jdbc.sql("SELECT e.id, e.type, e.name, e.qid, COUNT(*) AS n" + joins + where
                        + " GROUP BY e.id, e.type, e.name, e.qid ORDER BY n DESC, e.id ASC LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new EntityCount(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                        rs.getString("qid"), rs.getLong("n"), List.of()))
                .list();
        if (top.isEmpty()) {
            return new TopEntities(from, to, top);
        }
        Map<String, List<LanguageCount>> perLanguage = new LinkedHashMap<>();
        jdbc.sql("SELECT e.id, a.language, COUNT(*) AS n" + joins + where + " AND e.id IN (:ids)"
                        + " GROUP BY e.id, a.language ORDER BY e.id, n DESC, a.language")
                .params(params)
                .param("ids", top.stream().map(EntityCount::id).toList())
                .query(rs -> {
                    perLanguage.computeIfAbsent(rs.getString("id"), k -> new ArrayList<>())
                            .add(new LanguageCount(rs.getString("language"), rs.getLong("n")));
                });
        return new TopEntities(from, to, top.stream().map(e -> new EntityCount(e.id(), e.type(), e.name(), e.qid(),
                e.articles(), List.copyOf(perLanguage.getOrDefault(e.id(), List.of())))).toList());
    }

    /** The entity by id, else by Wikidata QID. */
    public Optional<EntityProfile> find(String idOrQid, int articleLimit) {
        List<EntityCount> found = jdbc.sql("SELECT id, type, name, qid FROM entities WHERE id = :id"
                        + " UNION SELECT id, type, name, qid FROM entities WHERE qid = :id ORDER BY id")
                .param("id", idOrQid)
                .query((rs, n) -> new EntityCount(rs.getString("id"), rs.getString("type"), rs.getString("name"),
                        rs.getString("qid"), 0, List.of()))
                .list();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EntityCount entity = found.stream().filter(e -> e.id().equals(idOrQid)).findFirst().orElse(found.get(0));
        List<LanguageCount> languages = jdbc.sql("SELECT a.language, COUNT(*) AS n FROM article_entities ae"
                        + " JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = :id GROUP BY a.language"
                        + " ORDER BY n DESC, a.language")
                .param("id", entity.id())
                .query((rs, n) -> new LanguageCount(rs.getString("language"), rs.getLong("n")))
                .list();
        List<Alias> aliases = jdbc.sql("SELECT m.surface, a.language, COUNT(*) AS n FROM mentions m"
                        + " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = :id"
                        + " GROUP BY m.surface, a.language ORDER BY n DESC, m.surface, a.language")
                .param("id", entity.id())
                .query((rs, n) -> new Alias(rs.getString("surface"), rs.getString("language"), rs.getLong("n")))
                .list();
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        aliases.forEach(a -> names.add(a.text()));
        List<ArticleSummary> latest = jdbc.sql("SELECT " + ArticleQueries.SUMMARY_COLUMNS + " FROM article_entities ae"
                        + " JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = :id"
                        + " ORDER BY a.article_time DESC, a.id ASC LIMIT :limit")
                .param("id", entity.id())
                .param("limit", articleLimit)
                .query((rs, n) -> ArticleQueries.summary(rs))
                .list();
        long total = languages.stream().mapToLong(LanguageCount::articles).sum();
        return Optional.of(new EntityProfile(entity.id(), entity.type(), entity.name(), entity.qid(), total, languages,
                List.copyOf(names), aliases, articles.withEntities(latest)));
    }
}

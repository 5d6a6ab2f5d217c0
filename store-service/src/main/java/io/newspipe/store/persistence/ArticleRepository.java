package io.newspipe.store.persistence;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.contract.EnrichedArticle.Mention;
import io.newspipe.store.article.ArticleVersions;
import io.newspipe.store.article.EnrichedArticleNormaliser;
import io.newspipe.store.article.StoredVersion;
import io.newspipe.store.article.UpsertOutcome;
import io.newspipe.store.search.SearchText;
import io.newspipe.store.story.StoryAssigner;
import io.newspipe.store.story.StoryRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes enriched articles into the normalised tables, idempotently: a redelivered record changes
 * nothing, a new version of an article replaces the old version's rows and increments its version.
 * Each written article is put into a story ({@link StoryAssignments}). Each call is one transaction.
 */
public class ArticleRepository {

    /** Bound on the ids of one IN list. */
    private static final int ID_CHUNK = 500;
    private static final int REACHABILITY_TIMEOUT_SECONDS = 2;

    private static final String ARTICLE_COLUMNS = "source_uri, source_name, canonical_url, site_name, content_type, "
            + "title, byline, description, lead_image, declared_language, language, language_confidence, "
            + "language_alternatives, language_shares, text, paragraphs, removed, status, status_reason, "
            + "published_at, fetched_at, cleaned_at, enriched_at, content_version, fingerprint, version, updated_at, "
            + "article_time, search_text, story_id";

    private static final String INSERT_ARTICLE = "INSERT INTO articles (" + ARTICLE_COLUMNS + ", stored_at, id) "
            + "VALUES (" + String.join(", ", Collections.nCopies(ARTICLE_COLUMNS.split(", ").length + 2, "?")) + ")";

    private static final String UPDATE_ARTICLE = "UPDATE articles SET "
            + String.join(" = ?, ", ARTICLE_COLUMNS.split(", ")) + " = ? WHERE id = ?";

    // ON CONFLICT DO NOTHING (supported by H2 in PostgreSQL mode) rather than check-then-insert: two consumers
    // storing articles that share a new entity must not fail on the entity's primary key.
    private static final String INSERT_ENTITY = "INSERT INTO entities (id, type, name, qid) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING";

    private static final String UPDATE_ENTITY = "UPDATE entities SET type = ?, name = ?, qid = ? WHERE id = ? "
            + "AND (type <> ? OR name <> ? OR qid IS DISTINCT FROM ?)";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final TransactionTemplate transactions;
    private final JsonMapper mapper;
    private final ArticleVersions versions;
    private final Clock clock;
    private final StoryAssignments stories;

    public ArticleRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper mapper,
                             Clock clock) {
        this(jdbc, transactionManager, mapper, clock, StoryRules.DEFAULTS);
    }

    public ArticleRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, JsonMapper mapper,
                             Clock clock, StoryRules storyRules) {
        this.jdbc = jdbc;
        this.stories = new StoryAssignments(jdbc, new StoryAssigner(storyRules));
        this.client = JdbcClient.create(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.mapper = mapper;
        this.versions = new ArticleVersions(mapper);
        this.clock = clock;
    }

    /**
     * @throws io.newspipe.contract.InvalidEventException when the article breaks the contract
     */
    public UpsertOutcome upsert(EnrichedArticle article) {
        return upsertAll(List.of(article)).get(0);
    }

    /**
     * Stores the articles in order, in one transaction.
     *
     * @return the outcome of each article, in the order given
     * @throws io.newspipe.contract.InvalidEventException when an article breaks the contract (nothing is stored)
     */
    public List<UpsertOutcome> upsertAll(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<EnrichedArticle> normalised = articles.stream().map(EnrichedArticleNormaliser::normalise).toList();
        return transactions.execute(status -> write(normalised));
    }

    /**
     * Whether a connection to the database can be had right now. Tells an outage from a failure of the
     * data when the exception alone does not (a rollback failing on a dropped connection, say).
     */
    public boolean isDatabaseReachable() {
        try {
            return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.isValid(REACHABILITY_TIMEOUT_SECONDS)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The stored version of an article, or null. */
    public StoredVersion storedVersion(String id) {
        return loadVersions(List.of(id)).get(id);
    }

    private List<UpsertOutcome> write(List<EnrichedArticle> articles) {
        Map<String, StoredVersion> inDatabase = loadVersions(articles.stream().map(EnrichedArticle::id).distinct().toList());
        Map<String, StoredVersion> current = new HashMap<>(inDatabase);
        // Only the last version of an article within the batch is written; the counter still counts each.
        Map<String, PlannedWrite> writes = new LinkedHashMap<>();
        List<UpsertOutcome> outcomes = new ArrayList<>(articles.size());
        for (EnrichedArticle article : articles) {
            String fingerprint = versions.fingerprint(article);
            StoredVersion stored = current.get(article.id());
            UpsertOutcome outcome = ArticleVersions.decide(stored, article, fingerprint);
            outcomes.add(outcome);
            if (outcome == UpsertOutcome.INSERTED || outcome == UpsertOutcome.UPDATED) {
                int version = stored == null ? 1 : stored.version() + 1;
                writes.put(article.id(), new PlannedWrite(article, fingerprint, version));
                current.put(article.id(), new StoredVersion(fingerprint, version, article.article().fetchedAt(),
                        article.enrichedAt()));
            }
        }
        if (!writes.isEmpty()) {
            apply(writes.values(), inDatabase.keySet());
        }
        return outcomes;
    }

    private void apply(Iterable<PlannedWrite> writes, Set<String> existing) {
        OffsetDateTime now = timestamp(clock.instant().truncatedTo(ChronoUnit.MICROS));
        List<EnrichedArticle> written = new ArrayList<>();
        writes.forEach(write -> written.add(write.article()));
        StoryAssignments.StoryPlan storyPlan = stories.plan(written, now);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> replacedIds = new ArrayList<>();
        Map<String, Entity> entities = new TreeMap<>(); // sorted: concurrent writers lock entity rows in one order
        List<Object[]> articleEntities = new ArrayList<>();
        List<Object[]> mentions = new ArrayList<>();
        for (PlannedWrite write : writes) {
            List<Object> row = articleRow(write, now, storyPlan.storyOf().get(write.article().id()));
            if (existing.contains(write.article().id())) {
                row.add(write.article().id());
                updates.add(row.toArray());
                replacedIds.add(new Object[] {write.article().id()});
            } else {
                row.add(now);
                row.add(write.article().id());
                inserts.add(row.toArray());
            }
            for (Entity entity : write.article().entities()) {
                entities.put(entity.id(), entity);
                articleEntities.add(new Object[] {write.article().id(), entity.id(), entity.salience(), entity.mentions().size()});
                int ordinal = 0;
                for (Mention mention : entity.mentions()) {
                    mentions.add(new Object[] {write.article().id(), entity.id(), ordinal++, mention.text(),
                            mention.start(), mention.end()});
                }
            }
        }
        if (!replacedIds.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM mentions WHERE article_id = ?", replacedIds);
            jdbc.batchUpdate("DELETE FROM article_entities WHERE article_id = ?", replacedIds);
            jdbc.batchUpdate(UPDATE_ARTICLE, updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT_ARTICLE, inserts);
        }
        if (!entities.isEmpty()) {
            List<Object[]> entityRows = new ArrayList<>();
            List<Object[]> entityUpdates = new ArrayList<>();
            for (Entity e : entities.values()) {
                entityRows.add(new Object[] {e.id(), e.type().name(), e.name(), e.qid()});
                entityUpdates.add(new Object[] {e.type().name(), e.name(), e.qid(), e.id(), e.type().name(), e.name(), e.qid()});
            }
            jdbc.batchUpdate(INSERT_ENTITY, entityRows);
            // The latest article to name an entity decides its canonical name and QID.
            jdbc.batchUpdate(UPDATE_ENTITY, entityUpdates);
        }
        if (!articleEntities.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO article_entities (article_id, entity_id, salience, mention_count) "
                    + "VALUES (?, ?, ?, ?)", articleEntities);
        }
        if (!mentions.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO mentions (article_id, entity_id, ordinal, surface, start_offset, end_offset) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", mentions);
        }
        stories.refresh(storyPlan, now);
    }

    /** When the article happened, for time filters and story windows: published, else fetched, else enriched. */
    static Instant articleTime(EnrichedArticle enriched, OffsetDateTime now) {
        CleanArticle a = enriched.article();
        if (a.publishedAt() != null) {
            return a.publishedAt();
        }
        if (a.fetchedAt() != null) {
            return a.fetchedAt();
        }
        return enriched.enrichedAt() != null ? enriched.enrichedAt() : now.toInstant();
    }

    /** Values of {@link #ARTICLE_COLUMNS}, in that order. */
    private List<Object> articleRow(PlannedWrite write, OffsetDateTime now, String storyId) {
        EnrichedArticle enriched = write.article();
        CleanArticle a = enriched.article();
        List<Object> row = new ArrayList<>(33);
        row.add(a.sourceUri());
        row.add(a.sourceName());
        row.add(a.canonicalUrl());
        row.add(a.siteName());
        row.add(a.contentType());
        row.add(a.title());
        row.add(a.byline());
        row.add(a.description());
        row.add(a.leadImage());
        row.add(a.declaredLanguage());
        row.add(enriched.language().code());
        row.add(enriched.language().confidence());
        row.add(mapper.writeValueAsString(enriched.language().alternatives()));
        row.add(mapper.writeValueAsString(enriched.language().shares()));
        row.add(a.text());
        row.add(mapper.writeValueAsString(a.paragraphs()));
        row.add(mapper.writeValueAsString(a.removed()));
        row.add(a.status().name());
        row.add(a.statusReason());
        row.add(timestamp(a.publishedAt()));
        row.add(timestamp(a.fetchedAt()));
        row.add(timestamp(a.cleanedAt()));
        row.add(timestamp(enriched.enrichedAt()));
        row.add(a.rawSha256());
        row.add(write.fingerprint());
        row.add(write.version());
        row.add(now);
        row.add(timestamp(articleTime(enriched, now)));
        row.add(SearchText.ofArticle(a.title(), a.text()));
        row.add(storyId);
        return row;
    }

    private Map<String, StoredVersion> loadVersions(List<String> ids) {
        Map<String, StoredVersion> versionsById = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ID_CHUNK));
            client.sql("SELECT id, fingerprint, version, fetched_at, enriched_at FROM articles WHERE id IN (:ids)")
                    .param("ids", new ArrayList<>(new LinkedHashSet<>(chunk)))
                    .query((rs, n) -> Map.entry(rs.getString("id"), new StoredVersion(rs.getString("fingerprint"),
                            rs.getInt("version"), instant(rs, "fetched_at"), instant(rs, "enriched_at"))))
                    .list()
                    .forEach(entry -> versionsById.put(entry.getKey(), entry.getValue()));
        }
        return versionsById;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record PlannedWrite(EnrichedArticle article, String fingerprint, int version) {
    }
}

package io.newspipe.store.persistence;

import io.newspipe.contract.CleanArticle;
import io.newspipe.contract.EnrichedArticle;
import io.newspipe.contract.EnrichedArticle.Entity;
import io.newspipe.store.story.StoryAssigner;
import io.newspipe.store.story.StoryDecision;
import io.newspipe.store.story.StoryMember;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the articles of a batch into stories, inside the writing transaction: loads the stored articles
 * that could share a story with them (one query per batch), lets {@link StoryAssigner} decide article by
 * article (each placed article is a candidate for the next), then keeps story statistics.
 *
 * <p>Concurrency: planning starts by locking the single row of {@code story_assignment_lock}, held until
 * commit. Two batches written in parallel thus go one after the other, and the later one (READ COMMITTED:
 * each statement sees what committed before it) finds the articles and stories of the earlier, so two
 * articles of one event in parallel batches do not found two stories. The price is that writing batches is
 * serialised; the lock is the first one a writer takes, so it cannot deadlock with entity row locks.
 */
final class StoryAssignments {

    private static final int ID_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final StoryAssigner assigner;

    StoryAssignments(JdbcTemplate jdbc, StoryAssigner assigner) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.assigner = assigner;
    }

    /**
     * Decides the story of each article about to be written and creates the new stories, so that the
     * articles are written with their story at once (an UPDATE after the INSERT would index each article's
     * text twice). Call {@link #refresh} once the articles are written.
     *
     * @return each article's story and the stories whose statistics change
     */
    StoryPlan plan(List<EnrichedArticle> written, OffsetDateTime now) {
        jdbc.queryForList("SELECT id FROM story_assignment_lock WHERE id = 1 FOR UPDATE", Integer.class);
        Set<String> writtenIds = new LinkedHashSet<>();
        written.forEach(a -> writtenIds.add(a.id()));
        Map<String, String> previousStories = previousStories(writtenIds);

        CandidatePool pool = new CandidatePool();
        loadCandidates(written, writtenIds, now).forEach(pool::add);

        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, Instant> newStories = new LinkedHashMap<>();
        for (EnrichedArticle article : written) {
            if (article.article().status() != CleanArticle.Status.OK) {
                storyOf.put(article.id(), null); // nothing article-like was left: no story
                continue;
            }
            StoryMember member = member(article, now);
            StoryDecision decision = assigner.assign(member, pool.sharingEntitiesWith(member));
            String storyId;
            Instant startedAt;
            if (!decision.startsNewStory()) {
                storyId = decision.storyId();
                startedAt = pool.startOf(storyId);
            } else if (previousStories.get(article.id()) != null) {
                // a new version that matches no story stays where it was, so story ids do not churn
                storyId = previousStories.get(article.id());
                startedAt = member.time();
            } else {
                storyId = UUID.randomUUID().toString();
                startedAt = member.time();
                newStories.put(storyId, startedAt);
            }
            storyOf.put(article.id(), storyId);
            pool.add(member.inStory(storyId, startedAt));
        }
        if (!newStories.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            newStories.forEach((id, startedAt) -> rows.add(new Object[] {id, ArticleRepository.timestamp(startedAt),
                    ArticleRepository.timestamp(startedAt), now, now}));
            jdbc.batchUpdate("INSERT INTO stories (id, started_at, last_article_at, article_count, created_at, updated_at)"
                    + " VALUES (?, ?, ?, 0, ?, ?)", rows);
        }
        Set<String> touched = new TreeSet<>(); // sorted: rows are locked in one order
        storyOf.values().stream().filter(s -> s != null).forEach(touched::add);
        previousStories.values().stream().filter(s -> s != null).forEach(touched::add);
        return new StoryPlan(storyOf, touched);
    }

    /** After the articles are written: removes the stories they left empty and updates the others' statistics. */
    void refresh(StoryPlan plan, OffsetDateTime now) {
        Set<String> touched = plan.touchedStories();
        if (touched.isEmpty()) {
            return;
        }
        List<Object[]> ids = touched.stream().map(id -> new Object[] {id, id}).toList();
        jdbc.batchUpdate("DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = ?)", ids);
        List<Object[]> stats = touched.stream().map(id -> new Object[] {id, id, id, now, id}).toList();
        jdbc.batchUpdate("UPDATE stories SET"
                + " article_count = (SELECT COUNT(*) FROM articles a WHERE a.story_id = ?),"
                + " started_at = COALESCE((SELECT MIN(a.article_time) FROM articles a WHERE a.story_id = ?), started_at),"
                + " last_article_at = COALESCE((SELECT MAX(a.article_time) FROM articles a WHERE a.story_id = ?), last_article_at),"
                + " updated_at = ? WHERE id = ?", stats);
    }

    /**
     * @param storyOf        article id to its story, null for an article without one
     * @param touchedStories stories that gained or lost articles
     */
    record StoryPlan(Map<String, String> storyOf, Set<String> touchedStories) {
    }

    private Map<String, String> previousStories(Set<String> ids) {
        Map<String, String> stories = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            client.sql("SELECT id, story_id FROM articles WHERE id IN (:ids) AND story_id IS NOT NULL")
                    .param("ids", chunk)
                    .query(rs -> {
                        stories.put(rs.getString("id"), rs.getString("story_id"));
                    });
        }
        return stories;
    }

    /** Stored articles in stories, within the window of the batch, sharing an entity with one of its articles. */
    private List<StoryMember> loadCandidates(List<EnrichedArticle> written, Set<String> writtenIds, OffsetDateTime now) {
        Set<String> entityIds = new TreeSet<>();
        Instant earliest = null;
        Instant latest = null;
        for (EnrichedArticle article : written) {
            article.entities().forEach(e -> entityIds.add(e.id()));
            Instant time = ArticleRepository.articleTime(article, now);
            earliest = earliest == null || time.isBefore(earliest) ? time : earliest;
            latest = latest == null || time.isAfter(latest) ? time : latest;
        }
        if (entityIds.isEmpty()) {
            return List.of();
        }
        OffsetDateTime from = ArticleRepository.timestamp(earliest.minus(assigner.rules().window()));
        OffsetDateTime to = ArticleRepository.timestamp(latest.plus(assigner.rules().window()));
        Map<String, Instant> times = new HashMap<>();
        Map<String, String> stories = new HashMap<>();
        Map<String, Instant> starts = new HashMap<>();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(entityIds))) {
            client.sql("SELECT a.id, a.story_id, a.article_time, s.started_at, ae.entity_id, ae.salience"
                            + " FROM articles a JOIN stories s ON s.id = a.story_id"
                            + " JOIN article_entities ae ON ae.article_id = a.id"
                            + " WHERE a.article_time BETWEEN :from AND :to"
                            + " AND a.id IN (SELECT x.article_id FROM article_entities x WHERE x.entity_id IN (:entities))")
                    .param("from", from)
                    .param("to", to)
                    .param("entities", chunk)
                    .query(rs -> {
                        String id = rs.getString("id");
                        if (writtenIds.contains(id) || !seen.add(id + "\u0000" + rs.getString("entity_id"))) {
                            return;
                        }
                        times.put(id, ArticleRepository.instant(rs, "article_time"));
                        stories.put(id, rs.getString("story_id"));
                        starts.put(id, ArticleRepository.instant(rs, "started_at"));
                        weights.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString("entity_id"), rs.getDouble("salience"));
                    });
        }
        List<StoryMember> members = new ArrayList<>(weights.size());
        weights.forEach((id, w) -> members.add(new StoryMember(id, stories.get(id), times.get(id), starts.get(id), w)));
        return members;
    }

    private static StoryMember member(EnrichedArticle article, OffsetDateTime now) {
        Map<String, Double> weights = new HashMap<>();
        for (Entity entity : article.entities()) {
            weights.merge(entity.id(), entity.salience(), Math::max);
        }
        return new StoryMember(article.id(), null, ArticleRepository.articleTime(article, now), null, weights);
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)));
        }
        return chunks;
    }

    /** Candidate members indexed by entity id, so each article is compared only with those it shares one with. */
    private static final class CandidatePool {
        private final Map<String, List<StoryMember>> byEntity = new HashMap<>();
        private final Map<String, Instant> storyStarts = new HashMap<>();

        void add(StoryMember member) {
            member.entityWeights().keySet().forEach(id -> byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
            if (member.storyId() != null) {
                storyStarts.merge(member.storyId(), member.storyStartedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        List<StoryMember> sharingEntitiesWith(StoryMember article) {
            Map<String, StoryMember> found = new LinkedHashMap<>();
            article.entityWeights().keySet().forEach(id -> byEntity.getOrDefault(id, List.of())
                    .forEach(m -> found.putIfAbsent(m.articleId(), m)));
            return new ArrayList<>(found.values());
        }

        Instant startOf(String storyId) {
            return storyStarts.get(storyId);
        }
    }
}

package io.newspipe.store.story;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Puts an article into the story of the most similar recent article, or into a story of its own.
 *
 * <p>Similarity is the salience-weighted Jaccard index of the two articles' canonical entity ids:
 * {@code sum(min(w1, w2)) / sum(max(w1, w2))} over the union of their entities. Entity ids are the same
 * across languages, so a Turkish and an English report of one event match although no word of their text
 * does. Comparing with single members (not a story-wide profile) lets a story follow an event whose cast
 * changes; the story age cap keeps that from chaining on for weeks.
 */
public final class StoryAssigner {

    private final StoryRules rules;

    public StoryAssigner(StoryRules rules) {
        this.rules = rules;
    }

    public StoryRules rules() {
        return rules;
    }

    /**
     * @param article    the article to place (its own story, if any, is ignored)
     * @param candidates articles already in stories; those outside the time window, in stories too old or
     *                   sharing too few entities are skipped, so a superset may be passed
     * @return the story of the most similar candidate at or above the threshold (ties: the earlier
     * candidate, then the smaller story id, so the outcome does not depend on the candidates' order),
     * else {@link StoryDecision#NEW_STORY}
     */
    public StoryDecision assign(StoryMember article, Collection<StoryMember> candidates) {
        StoryDecision best = StoryDecision.NEW_STORY;
        StoryMember bestMember = null;
        for (StoryMember candidate : candidates) {
            if (candidate.storyId() == null || candidate.articleId().equals(article.articleId())
                    || !withinWindow(article.time(), candidate.time())
                    || storyTooOld(article.time(), candidate.storyStartedAt())
                    || sharedEntities(article.entityWeights(), candidate.entityWeights()) < rules.minSharedEntities()) {
                continue;
            }
            double similarity = similarity(article.entityWeights(), candidate.entityWeights());
            if (similarity < rules.similarityThreshold()) {
                continue;
            }
            if (bestMember == null || similarity > best.similarity()
                    || (similarity == best.similarity() && precedes(candidate, bestMember))) {
                best = new StoryDecision(candidate.storyId(), similarity, candidate.articleId());
                bestMember = candidate;
            }
        }
        return best;
    }

    /** Salience-weighted Jaccard similarity of two entity-weight maps, 0..1. */
    public double similarity(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double intersection = 0;
        double union = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double wa = weight(e.getValue());
            Double other = b.get(e.getKey());
            if (other == null) {
                union += wa;
            } else {
                double wb = weight(other);
                intersection += Math.min(wa, wb);
                union += Math.max(wa, wb);
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                union += weight(e.getValue());
            }
        }
        return union == 0 ? 0 : intersection / union;
    }

    private double weight(Double salience) {
        double s = salience == null || salience.isNaN() ? 0 : Math.min(1, Math.max(0, salience));
        return Math.max(rules.minEntityWeight(), s);
    }

    private static int sharedEntities(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        int shared = 0;
        for (String id : smaller.keySet()) {
            if (larger.containsKey(id)) {
                shared++;
            }
        }
        return shared;
    }

    private boolean withinWindow(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(rules.window()) <= 0;
    }

    private boolean storyTooOld(Instant articleTime, Instant storyStartedAt) {
        return storyStartedAt != null && Duration.between(storyStartedAt, articleTime).compareTo(rules.maxStoryAge()) > 0;
    }

    private static boolean precedes(StoryMember a, StoryMember b) {
        int byTime = a.time().compareTo(b.time());
        return byTime != 0 ? byTime < 0 : a.storyId().compareTo(b.storyId()) < 0;
    }
}

package io.newspipe.store.story;

import java.time.Duration;

/**
 * When an article joins a story.
 *
 * @param similarityThreshold least salience-weighted Jaccard similarity (0..1) between the article and a
 *                            member of the story
 * @param minSharedEntities   least number of entity ids the article shares with that member, so that two
 *                            articles naming one and the same person do not make a story on their own
 * @param window              greatest distance in time between the article and that member
 * @param maxStoryAge         a story whose first article is older than this (relative to the article) takes
 *                            no more articles: a long-running subject splits into successive stories
 * @param minEntityWeight     weight of an entity with salience 0, so that every named entity counts a little
 */
public record StoryRules(double similarityThreshold, int minSharedEntities, Duration window, Duration maxStoryAge,
                         double minEntityWeight) {

    public static final StoryRules DEFAULTS = new StoryRules(0.3, 2, Duration.ofDays(3), Duration.ofDays(14), 0.05);

    public StoryRules {
        if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be within (0, 1], was " + similarityThreshold);
        }
        if (minSharedEntities < 1) {
            throw new IllegalArgumentException("minSharedEntities must be 1 or more, was " + minSharedEntities);
        }
        if (window.isNegative() || maxStoryAge.isNegative()) {
            throw new IllegalArgumentException("window and maxStoryAge must not be negative");
        }
        if (!(minEntityWeight >= 0 && minEntityWeight <= 1)) {
            throw new IllegalArgumentException("minEntityWeight must be within 0..1, was " + minEntityWeight);
        }
    }
}

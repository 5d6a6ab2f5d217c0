package io.newspipe.store.story;

import java.time.Instant;
import java.util.Map;

/**
 * An article as story assignment sees it.
 *
 * @param articleId      the article
 * @param storyId        its story, null while it has none
 * @param time           when it happened: published, else fetched
 * @param storyStartedAt time of the story's first article, null while it has no story
 * @param entityWeights  canonical entity id to salience (0..1)
 */
public record StoryMember(String articleId, String storyId, Instant time, Instant storyStartedAt,
                          Map<String, Double> entityWeights) {

    public StoryMember {
        entityWeights = Map.copyOf(entityWeights);
    }

    public StoryMember inStory(String story, Instant startedAt) {
        return new StoryMember(articleId, story, time, startedAt, entityWeights);
    }
}

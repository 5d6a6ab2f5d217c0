package io.newspipe.store.story;

/**
 * Where an article goes.
 *
 * @param storyId        the story to join, or null: the article starts a story of its own
 * @param similarity     similarity to the closest member of that story (0 for a new story)
 * @param closestArticle that member, null for a new story
 */
public record StoryDecision(String storyId, double similarity, String closestArticle) {

    public static final StoryDecision NEW_STORY = new StoryDecision(null, 0, null);

    public boolean startsNewStory() {
        return storyId == null;
    }
}

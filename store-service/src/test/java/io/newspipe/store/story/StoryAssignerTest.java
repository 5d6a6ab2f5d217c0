package io.newspipe.store.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAssignerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final StoryAssigner ASSIGNER = new StoryAssigner(StoryRules.DEFAULTS);

    private static final Map<String, Double> SUMMIT_TR = Map.of("lukashenko", 0.9, "putin", 0.7, "minsk", 0.3,
            "belarus", 0.6, "russia", 0.5, "s-400", 0.4, "iskander", 0.4, "nato", 0.1, "usa", 0.1);
    private static final Map<String, Double> SUMMIT_EN = Map.of("lukashenko", 0.9, "putin", 0.7, "minsk", 0.4,
            "belarus", 0.6, "russia", 0.5, "s-400", 0.5, "iskander", 0.4, "interfax", 0.2, "poland", 0.1);

    @Test
    void similarityIsTheSalienceWeightedJaccardIndex() {
        assertThat(ASSIGNER.similarity(Map.of("a", 1.0, "b", 0.5), Map.of("a", 1.0, "b", 0.5))).isEqualTo(1.0);
        assertThat(ASSIGNER.similarity(Map.of("a", 1.0), Map.of("b", 1.0))).isZero();
        // min: 0.5 + 0; max: 1.0 + 0.4  →  0.5 / 1.4
        assertThat(ASSIGNER.similarity(Map.of("a", 1.0, "b", 0.4), Map.of("a", 0.5))).isCloseTo(0.5 / 1.4, within(1e-9));
        assertThat(ASSIGNER.similarity(Map.of(), Map.of("a", 1.0))).isZero();
    }

    @Test
    void anEntityOfSalienceZeroStillCountsALittle() {
        assertThat(ASSIGNER.similarity(Map.of("a", 0.0), Map.of("a", 0.0))).isEqualTo(1.0);
        assertThat(ASSIGNER.similarity(Map.of("a", 1.0, "b", 0.0), Map.of("a", 1.0))).isCloseTo(1 / 1.05, within(1e-9));
    }

    @Test
    void joinsTheStoryOfTheMostSimilarArticle() {
        StoryMember english = new StoryMember("en", "summit", T0.plus(Duration.ofHours(20)), T0, SUMMIT_EN);
        StoryMember other = new StoryMember("gas", "gas-story", T0, T0, Map.of("putin", 0.9, "russia", 0.6, "gazprom", 0.5));

        StoryDecision decision = ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(other, english));

        assertThat(decision.storyId()).isEqualTo("summit");
        assertThat(decision.closestArticle()).isEqualTo("en");
        assertThat(decision.similarity()).isGreaterThan(0.7);
    }

    @Test
    void sharingTwoEntitiesBelowTheThresholdStartsANewStory() {
        StoryMember gas = new StoryMember("gas", "gas-story", T0, T0,
                Map.of("putin", 0.9, "russia", 0.6, "gazprom", 0.5, "moscow", 0.4));

        assertThat(ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(gas)).startsNewStory()).isTrue();
    }

    @Test
    void aSingleSharedEntityIsNotEnoughEvenWhenItIsAllThereIs() {
        StoryMember putinOnly = new StoryMember("p1", "s1", T0, T0, Map.of("putin", 0.9));

        assertThat(ASSIGNER.assign(new StoryMember("p2", null, T0, null, Map.of("putin", 0.9)), List.of(putinOnly))
                .startsNewStory()).isTrue();
    }

    @Test
    void aMemberOutsideTheTimeWindowIsNotMatched() {
        StoryMember english = new StoryMember("en", "summit", T0.minus(Duration.ofDays(3)).minusSeconds(1), T0.minus(Duration.ofDays(4)), SUMMIT_EN);
        StoryMember justInside = new StoryMember("en2", "summit2", T0.plus(Duration.ofDays(3)), T0.plus(Duration.ofDays(3)), SUMMIT_EN);

        assertThat(ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(english)).startsNewStory()).isTrue();
        assertThat(ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(justInside)).storyId()).isEqualTo("summit2");
    }

    @Test
    void aStoryOlderThanTheCapTakesNoMoreArticles() {
        StoryMember recentMemberOfAnOldStory = new StoryMember("en", "long-running", T0.minus(Duration.ofDays(1)),
                T0.minus(Duration.ofDays(15)), SUMMIT_EN);

        assertThat(ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(recentMemberOfAnOldStory))
                .startsNewStory()).isTrue();
    }

    @Test
    void theArticleItselfAndArticlesWithoutAStoryAreNotCandidates() {
        StoryMember itself = new StoryMember("tr", "old", T0, T0, SUMMIT_TR);
        StoryMember unplaced = new StoryMember("en", null, T0, null, SUMMIT_EN);

        assertThat(ASSIGNER.assign(new StoryMember("tr", null, T0, null, SUMMIT_TR), List.of(itself, unplaced))
                .startsNewStory()).isTrue();
    }

    @Test
    void equallySimilarCandidatesAreDecidedIndependentlyOfTheirOrder() {
        StoryMember later = new StoryMember("b", "story-b", T0.plusSeconds(60), T0, SUMMIT_EN);
        StoryMember earlier = new StoryMember("a", "story-a", T0, T0, SUMMIT_EN);
        StoryMember article = new StoryMember("tr", null, T0, null, SUMMIT_TR);

        assertThat(ASSIGNER.assign(article, List.of(later, earlier)).storyId()).isEqualTo("story-a");
        assertThat(ASSIGNER.assign(article, List.of(earlier, later)).storyId()).isEqualTo("story-a");
    }
}

package io.newspipe.store;

import io.newspipe.store.story.StoryRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store ({@code NEWSPIPE_STORE_*}). The database is Spring's {@code spring.datasource.*}
 * ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}).
 *
 * @param defaultPageSize articles per page when the query does not say
 * @param maxPageSize     larger page sizes asked for are cut down to this
 * @param stories         how articles are grouped into stories ({@code NEWSPIPE_STORE_STORIES_*})
 */
@ConfigurationProperties("newspipe.store")
public record StoreProperties(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue Stories stories) {

    /**
     * @param similarityThreshold least salience-weighted Jaccard similarity of entity ids to join a story
     *                            ({@code NEWSPIPE_STORE_STORIES_SIMILARITY_THRESHOLD})
     * @param minSharedEntities   least number of shared entity ids to join a story
     * @param window              greatest time between an article and the story member it matches
     * @param maxStoryAge         a story older than this (first article to new article) takes no more articles
     * @param minEntityWeight     weight of an entity of salience 0 in the similarity
     */
    public record Stories(
            @DefaultValue("0.3") double similarityThreshold,
            @DefaultValue("2") int minSharedEntities,
            @DefaultValue("3d") Duration window,
            @DefaultValue("14d") Duration maxStoryAge,
            @DefaultValue("0.05") double minEntityWeight) {

        public StoryRules rules() {
            return new StoryRules(similarityThreshold, minSharedEntities, window, maxStoryAge, minEntityWeight);
        }
    }
}

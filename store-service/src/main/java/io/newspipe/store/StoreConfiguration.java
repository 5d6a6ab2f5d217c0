package io.newspipe.store;

import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import io.newspipe.platform.PlatformAutoConfiguration.TopicDeclarer;
import io.newspipe.store.api.ArticleQueries;
import io.newspipe.store.api.EntityQueries;
import io.newspipe.store.api.StoryQueries;
import io.newspipe.store.persistence.ArticleRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the store's plain classes to Spring's database and Kafka infrastructure. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    ArticleRepository articleRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventCodec codec,
                                        StoreProperties properties) {
        return new ArticleRepository(jdbc, transactionManager, codec.mapper(), Clock.systemUTC(), properties.stories().rules());
    }

    @Bean
    ArticleQueries articleQueries(JdbcTemplate jdbc, EventCodec codec) {
        return new ArticleQueries(jdbc, codec.mapper());
    }

    @Bean
    StoryQueries storyQueries(JdbcTemplate jdbc, ArticleQueries articles) {
        return new StoryQueries(jdbc, articles);
    }

    @Bean
    EntityQueries entityQueries(JdbcTemplate jdbc, ArticleQueries articles) {
        return new EntityQueries(jdbc, articles);
    }

    /** The store writes no event topic; it owns the dead-letter topic of its input. */
    @Bean
    KafkaAdmin.NewTopics storeTopics(TopicDeclarer topics) {
        return topics.topics(new String[] {}, new String[] {Topics.ENRICHED_ARTICLES});
    }
}

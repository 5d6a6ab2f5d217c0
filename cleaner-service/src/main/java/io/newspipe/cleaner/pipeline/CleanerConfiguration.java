package io.newspipe.cleaner.pipeline;

import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.contract.Topics;
import io.newspipe.platform.PlatformAutoConfiguration.TopicDeclarer;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
public class CleanerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ArticleCleaner articleCleaner(CleanerProperties properties, Clock clock) {
        return new ArticleCleaner(properties.toOptions(), clock);
    }

    /** The topic the cleaner writes and the dead-letter topic of the one it reads. */
    @Bean
    KafkaAdmin.NewTopics cleanerTopics(TopicDeclarer topics) {
        return topics.topics(new String[] {Topics.CLEAN_ARTICLES}, new String[] {Topics.RAW_PAGES});
    }
}

package io.newspipe.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Beans every service gets by having the platform on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<String, String> template, EventCodec codec) {
        return new EventPublisher(template, codec);
    }

    @Bean
    CommonErrorHandler deadLetterErrorHandler(KafkaTemplate<String, String> template, MeterRegistry meters,
                                              PipelineKafkaProperties properties) {
        return DeadLetterErrorHandlerFactory.create(template, meters, properties);
    }

    @Bean
    TopicDeclarer topicDeclarer(PipelineKafkaProperties properties) {
        return new TopicDeclarer(properties);
    }

    /** Creates the topics a service writes, when they are absent, with the configured partitions and replication. */
    public static final class TopicDeclarer {
        private final PipelineKafkaProperties properties;

        TopicDeclarer(PipelineKafkaProperties properties) {
            this.properties = properties;
        }

        /** An event topic: delete retention, large messages allowed. */
        public NewTopic eventTopic(String name) {
            return TopicBuilder.name(name)
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(properties.maxMessageBytes()))
                    .build();
        }

        /** A compacted state topic: the latest value per key is kept forever. */
        public NewTopic compactedTopic(String name) {
            return TopicBuilder.name(name)
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .compact()
                    .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(properties.maxMessageBytes()))
                    .build();
        }

        /**
         * The event topics a service writes, plus the dead-letter topics of those it consumes: a service is
         * the one that writes to its input's dead-letter topic.
         */
        public KafkaAdmin.NewTopics topics(String[] writes, String[] consumes) {
            NewTopic[] all = new NewTopic[writes.length + consumes.length];
            for (int i = 0; i < writes.length; i++) {
                all[i] = eventTopic(writes[i]);
            }
            for (int i = 0; i < consumes.length; i++) {
                all[writes.length + i] = eventTopic(Topics.deadLetter(consumes[i]));
            }
            return new KafkaAdmin.NewTopics(all);
        }
    }
}

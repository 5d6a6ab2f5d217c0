package io.newspipe.fetcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.newspipe.contract.EventCodec;
import io.newspipe.contract.Topics;
import io.newspipe.fetcher.directory.DirectoryFetcher;
import io.newspipe.fetcher.kafka.KafkaFetchStateStore;
import io.newspipe.fetcher.kafka.KafkaPagePublisher;
import io.newspipe.fetcher.pipeline.ScanMetrics;
import io.newspipe.fetcher.pipeline.SourceRegistration;
import io.newspipe.fetcher.pipeline.SourceScheduler;
import io.newspipe.fetcher.pipeline.SourcesReloader;
import io.newspipe.fetcher.sourcefile.SourcesFileWatcher;
import io.newspipe.fetcher.source.OncePublisher;
import io.newspipe.fetcher.state.FetchStateStore;
import io.newspipe.platform.EventPublisher;
import io.newspipe.platform.PlatformAutoConfiguration.TopicDeclarer;
import io.newspipe.fetcher.http.HttpFetcher;
import io.newspipe.fetcher.pipeline.SourceCatalog;
import io.newspipe.fetcher.remote.AdHocFetch;
import io.newspipe.fetcher.remote.PageFetcher;
import io.newspipe.fetcher.remote.RemoteSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the fetcher: sources → once-only publication → Kafka, plus the schedule and the state topic. */
@Configuration(proxyBeanMethods = false)
class FetcherConfiguration {

    @Bean
    KafkaAdmin.NewTopics fetcherTopics(TopicDeclarer topics) {
        return topics.topics(new String[] {Topics.RAW_PAGES}, new String[] {});
    }

    @Bean
    NewTopic fetchStateTopic(TopicDeclarer topics, FetcherProperties properties) {
        return topics.compactedTopic(properties.stateTopic());
    }

    @Bean
    KafkaFetchStateStore fetchStateStore(ConsumerFactory<?, ?> consumerFactory, FetcherProperties properties,
                                         EventPublisher publisher, EventCodec codec) {
        return new KafkaFetchStateStore(consumerFactory.getConfigurationProperties(), properties.stateTopic(),
                properties.stateLoadTimeout(), publisher, codec);
    }

    @Bean
    OncePublisher oncePublisher(EventPublisher publisher, FetchStateStore states, FetcherProperties properties) {
        return new OncePublisher(new KafkaPagePublisher(publisher), states, Clock.systemUTC(),
                properties.seenRefreshInterval());
    }

    @Bean
    ScanMetrics scanMetrics(MeterRegistry meters) {
        return new ScanMetrics(meters);
    }

    @Bean
    DirectoryFetcher directoryFetcher(FetcherProperties properties, OncePublisher publisher, ScanMetrics metrics) {
        FetcherProperties.Directory directory = properties.directory();
        return new DirectoryFetcher(
                new DirectoryFetcher.Settings(directory.name(), Path.of(directory.path()), properties.maxFileBytes().toBytes()),
                publisher, Clock.systemUTC(), List.of(metrics));
    }

    @Bean
    SourceRegistration directorySource(DirectoryFetcher fetcher, FetcherProperties properties) {
        return new SourceRegistration(fetcher, properties.directory().enabled(), properties.directory().scanInterval());
    }

    @Bean
    HttpFetcher httpFetcher(FetcherProperties properties, MeterRegistry meters) {
        return new HttpFetcher(properties.http().toSettings(), meters);
    }

    @Bean
    PageFetcher pageFetcher(HttpFetcher http, OncePublisher publisher, FetchStateStore states,
                            FetcherProperties properties) {
        return new PageFetcher(http, publisher, states, PageFetcher.newPool(properties.http().maxConcurrency()),
                Clock.systemUTC());
    }

    @Bean
    AdHocFetch adHocFetch(PageFetcher pages, OncePublisher publisher, FetcherProperties properties, ScanMetrics metrics,
                          DirectoryFetcher directory) {
        return new AdHocFetch(pages, publisher, Clock.systemUTC(), Duration.ofHours(6), properties.adHocMaxUrls(),
                List.of(metrics), directory);
    }

    /**
     * The directory source (and any other source bean) plus one web source per entry of the properties and
     * of the sources file, kept in step with the file.
     */
    @Bean
    SourcesReloader sourcesReloader(List<SourceRegistration> beans, FetcherProperties properties, HttpFetcher http,
                                    PageFetcher pages, OncePublisher publisher, ScanMetrics metrics,
                                    MeterRegistry meters) {
        SourcesFileWatcher watcher = properties.sourcesFile() == null ? null
                : new SourcesFileWatcher(Path.of(properties.sourcesFile()));
        SourcesReloader reloader = new SourcesReloader(beans,
                properties.sources().stream().map(FetcherProperties.WebSource::toSpec).toList(), watcher,
                spec -> new SourceRegistration(
                        new RemoteSource(spec.toSettings(), http, pages, publisher, Clock.systemUTC(), List.of(metrics)),
                        // Sources owned by another replica are listed but left to it.
                        spec.enabled() && properties.replicas().owns(spec.name()), spec.interval()),
                meters);
        reloader.reload(); // the file's sources are listed from the start
        return reloader;
    }

    @Bean
    SourceCatalog sourceCatalog(SourcesReloader reloader) {
        return reloader.catalog();
    }

    @Bean
    SourceScheduler sourceScheduler(FetchStateStore states, SourcesReloader reloader, FetcherProperties properties) {
        return new SourceScheduler(states, reloader.catalog(), reloader, properties.sourcesReloadInterval());
    }
}

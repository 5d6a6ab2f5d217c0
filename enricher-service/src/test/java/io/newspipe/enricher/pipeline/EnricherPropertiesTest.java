package io.newspipe.enricher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MutablePropertySources;

class EnricherPropertiesTest {

    @Test
    void defaultsWorkWithoutConfiguration() {
        EnricherProperties p = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("newspipe.enricher", EnricherProperties.class);
        assertThat(p.accuracy()).isEqualTo(AccuracyMode.LOW);
        assertThat(p.gazetteerPath()).isNull();
        assertThat(p.languageSettings()).isEqualTo(LanguageSettings.DEFAULTS);
        assertThat(p.linkingSettings().jaroWinklerThreshold()).isEqualTo(0.92);
    }

    @Test
    void environmentVariablesOverrideEverySetting() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "NEWSPIPE_ENRICHER_ACCURACY", "HIGH",
                "NEWSPIPE_ENRICHER_UND_THRESHOLD", "0.6",
                "NEWSPIPE_ENRICHER_GAZETTEER_PATH", "/etc/newspipe/gazetteer.tsv",
                "NEWSPIPE_ENRICHER_LINK_THRESHOLD", "0.95")));
        EnricherProperties p = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("newspipe.enricher", EnricherProperties.class);
        assertThat(p.accuracy()).isEqualTo(AccuracyMode.HIGH);
        assertThat(p.undThreshold()).isEqualTo(0.6);
        assertThat(p.gazetteerPath()).isEqualTo(Path.of("/etc/newspipe/gazetteer.tsv"));
        assertThat(p.linkThreshold()).isEqualTo(0.95);
    }
}

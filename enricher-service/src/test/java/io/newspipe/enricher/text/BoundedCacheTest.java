package io.newspipe.enricher.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void computesOncePerKeyAndNeverGrowsBeyondItsBound() {
        AtomicInteger computed = new AtomicInteger();
        BoundedCache<String, Integer> lengths = new BoundedCache<>(3, s -> {
            computed.incrementAndGet();
            return s.length();
        });
        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(lengths.get("abc")).isEqualTo(3);
        assertThat(computed).hasValue(1);
        for (int i = 0; i < 10; i++) {
            assertThat(lengths.get("x".repeat(i))).isEqualTo(i);
            assertThat(lengths.size()).isLessThanOrEqualTo(3);
        }
        assertThatThrownBy(() -> new BoundedCache<String, String>(0, s -> s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldingOfPlainAsciiMatchesTheTurkishPath() {
        // The ASCII shortcut must give what Turkish lower-casing (I → ı) followed by folding (ı → i) gives.
        for (String s : new String[]{"ISPARTA", "Istanbul", "NATO", "S-400", "St. Petersburg", "iPhone", "ABD'nin"}) {
            String viaTurkish = Casing.lower(s).replace('ı', 'i');
            assertThat(Folding.fold(s)).as(s).isEqualTo(viaTurkish);
        }
        assertThat(Folding.key("Lukaşenko’nun")).isEqualTo(Folding.key("Lukaşenko’nun")).isEqualTo("lukashenko-nun");
        assertThat(Folding.letters("iskandar-m")).isEqualTo("iskandarm");
        assertThat(Folding.letters("lukashenko")).isEqualTo("lukashenko");
    }
}

package io.newspipe.fetcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplicasTest {

    @Test
    void everySourceIsOwnedByExactlyOneReplica() {
        List<String> names = IntStream.range(0, 50).mapToObj(i -> "source-" + i).toList();
        int count = 3;
        for (String name : names) {
            long owners = IntStream.range(0, count)
                    .filter(i -> new FetcherProperties.Replicas(i, count).owns(name)).count();
            assertThat(owners).as(name).isEqualTo(1);
        }
        assertThat(names).allMatch(new FetcherProperties.Replicas(0, 1)::owns);
        assertThat(IntStream.range(0, count).map(i -> (int) names.stream()
                .filter(new FetcherProperties.Replicas(i, count)::owns).count())).allMatch(n -> n > 5);
    }

    @Test
    void refusesImpossibleIndexes() {
        assertThatThrownBy(() -> new FetcherProperties.Replicas(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FetcherProperties.Replicas(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.newspipe.store.persistence;

import static io.newspipe.store.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newspipe.contract.EventCodec;
import io.newspipe.platform.TransientFailures;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** What the repository throws when PostgreSQL cannot be reached must be retried, never dead-lettered. */
class DatabaseUnavailableTest {

    @Test
    void aDatabaseThatIsDownIsATransientFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/newspipe?connectTimeout=1");
        config.setUsername("newspipe");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1); // like a service started while its database is down
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            ArticleRepository repository = new ArticleRepository(new JdbcTemplate(dataSource),
                    new DataSourceTransactionManager(dataSource), new EventCodec().mapper(), Clock.systemUTC());

            Throwable failure = catchThrowable(() -> repository.upsertAll(List.of(
                    article("https://news.example/down", "en", Instant.parse("2026-03-01T00:00:00Z"), List.of("Down")))));

            assertThat(failure).isNotNull();
            assertThat(TransientFailures.isTransient(failure)).as("%s is transient", failure).isTrue();
        }
    }
}

package io.newspipe.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.store.TestDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link ArticleQueriesContract} on PostgreSQL, plus what only its text search does: stemming and ranking. */
class ArticleQueriesPostgresIT extends ArticleQueriesContract {

    private static final String SCHEMA = "queries_it";

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres(SCHEMA);
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }

    @Override
    protected String schema() {
        return SCHEMA;
    }

    @Test
    void stemsInTheArticlesLanguage() {
        // English "supplies" and "supplied" share the stem; Turkish "sistemlerini" and "sistemleri" too
        assertThat(ids("supplies")).containsExactly(english.id());
        assertThat(ids("sistemlerini")).containsExactly(turkish.id());
        // websearch syntax: a phrase and an exclusion
        assertThat(ids("\"missile system\"")).containsExactly(english.id());
        assertThat(ids("minsk -iskender")).containsExactly(english.id());
    }

    @Test
    void relevanceRanksTheArticleThatIsAboutTheQueryFirst() {
        ArticlePage page = articles.list(new ArticleFilter(null, null, null, null, null, null, null, "putin"),
                ArticleSort.RELEVANCE, 0, 10, null);
        assertThat(page.items()).hasSize(3);
        // the gas article is short and names Putin twice: the densest match
        assertThat(page.items().get(0).id()).isEqualTo(gas.id());
    }

    private List<String> ids(String q) {
        return articles.list(new ArticleFilter(null, null, null, null, null, null, null, q), ArticleSort.TIME, 0, 20, null)
                .items().stream().map(ArticleSummary::id).toList();
    }

}

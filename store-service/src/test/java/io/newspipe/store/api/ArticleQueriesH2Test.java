package io.newspipe.store.api;

import io.newspipe.store.TestDatabases;
import javax.sql.DataSource;

/** {@link ArticleQueriesContract} on H2, where search is the documented word-substring fallback. */
class ArticleQueriesH2Test extends ArticleQueriesContract {

    private static final DataSource DATABASE = TestDatabases.h2("queries-test");

    @Override
    protected DataSource dataSource() {
        return DATABASE;
    }

    @Override
    protected String vendor() {
        return "h2";
    }
}

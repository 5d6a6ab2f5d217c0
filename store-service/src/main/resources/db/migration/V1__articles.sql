-- One schema for PostgreSQL 15 and H2 2.x in MODE=PostgreSQL. Where they differ:
--  * TEXT is an unbounded VARCHAR in PostgreSQL and a CLOB in H2: neither is used in WHERE/ORDER BY here.
--  * NULL ordering: PostgreSQL sorts NULLs high; H2 does too only with DEFAULT_NULL_ORDERING=HIGH, so
--    queries state NULLS LAST explicitly wherever it matters.
--  * Lists (paragraphs, removals, language scores) are JSON in TEXT columns, not jsonb, because H2 has no
--    jsonb; they are read and written whole, never queried inside.

CREATE TABLE articles (
    id                    VARCHAR(64)      NOT NULL PRIMARY KEY,
    source_uri            TEXT             NOT NULL,
    source_name           TEXT,
    canonical_url         TEXT,
    site_name             TEXT,
    content_type          TEXT,
    title                 TEXT,
    byline                TEXT,
    description           TEXT,
    lead_image            TEXT,
    declared_language     TEXT,
    language              VARCHAR(16)      NOT NULL,
    language_confidence   DOUBLE PRECISION NOT NULL,
    language_alternatives TEXT             NOT NULL,
    language_shares       TEXT             NOT NULL,
    text                  TEXT             NOT NULL,
    paragraphs            TEXT             NOT NULL,
    removed               TEXT             NOT NULL,
    status                VARCHAR(16)      NOT NULL,
    status_reason         TEXT,
    published_at          TIMESTAMP WITH TIME ZONE,
    fetched_at            TIMESTAMP WITH TIME ZONE,
    cleaned_at            TIMESTAMP WITH TIME ZONE,
    enriched_at           TIMESTAMP WITH TIME ZONE,
    -- SHA-256 of the raw page the article was cleaned from
    content_version       VARCHAR(64)      NOT NULL,
    -- SHA-256 of everything stored that a reader can see: changes with the page, the cleaner or the enricher
    fingerprint           VARCHAR(64)      NOT NULL,
    version               INTEGER          NOT NULL,
    stored_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The list query orders by (fetched_at DESC NULLS LAST, id) and filters by language.
CREATE INDEX articles_fetched_idx ON articles (fetched_at DESC NULLS LAST, id);
CREATE INDEX articles_language_fetched_idx ON articles (language, fetched_at DESC NULLS LAST, id);
CREATE INDEX articles_published_idx ON articles (published_at);

CREATE TABLE entities (
    id   VARCHAR(255) NOT NULL PRIMARY KEY,
    type VARCHAR(16)  NOT NULL,
    name VARCHAR(1000) NOT NULL,
    qid  VARCHAR(32)
);

CREATE INDEX entities_qid_idx ON entities (qid);

CREATE TABLE article_entities (
    article_id    VARCHAR(64)      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     VARCHAR(255)     NOT NULL REFERENCES entities (id),
    salience      DOUBLE PRECISION NOT NULL,
    mention_count INTEGER          NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

-- The entity filter goes from the entity to its articles.
CREATE INDEX article_entities_entity_idx ON article_entities (entity_id, article_id);

CREATE TABLE mentions (
    article_id   VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(255) NOT NULL,
    ordinal      INTEGER      NOT NULL,
    surface      TEXT         NOT NULL,
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    PRIMARY KEY (article_id, entity_id, ordinal),
    FOREIGN KEY (article_id, entity_id) REFERENCES article_entities (article_id, entity_id) ON DELETE CASCADE
);

-- Stories, the article time that filters and story windows use, and indexes for every filter of the API.
-- Common to PostgreSQL and H2; PostgreSQL's full-text index is in db/vendor/postgresql.

-- A group of articles about the same event, across languages. The times are article times (published,
-- else fetched) of its first and latest article; the count is kept with the membership.
CREATE TABLE stories (
    id              VARCHAR(64)              NOT NULL PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_article_at TIMESTAMP WITH TIME ZONE NOT NULL,
    article_count   INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX stories_recent_idx ON stories (last_article_at DESC, id);

-- One row, locked FOR UPDATE by every transaction that assigns stories: writers in parallel then assign one
-- after the other, each seeing the articles the previous one committed. A row lock works on both databases.
CREATE TABLE story_assignment_lock (
    id INTEGER NOT NULL PRIMARY KEY
);
INSERT INTO story_assignment_lock (id) VALUES (1);

-- When the article happened: published, else fetched (else enriched, else stored), never null.
ALTER TABLE articles ADD COLUMN article_time TIMESTAMP WITH TIME ZONE;
UPDATE articles SET article_time = COALESCE(published_at, fetched_at, enriched_at, stored_at);
ALTER TABLE articles ALTER COLUMN article_time SET NOT NULL;

ALTER TABLE articles ADD COLUMN story_id VARCHAR(64);
ALTER TABLE articles ADD CONSTRAINT articles_story_fk FOREIGN KEY (story_id) REFERENCES stories (id);

-- Title and text lower-cased with apostrophe suffixes split off (see SearchText), written by the store.
ALTER TABLE articles ADD COLUMN search_text TEXT;
UPDATE articles SET search_text = LOWER(COALESCE(title, '') || ' ' || text);

CREATE INDEX articles_story_idx ON articles (story_id, article_time);
CREATE INDEX articles_time_idx ON articles (article_time DESC, id);
CREATE INDEX articles_source_idx ON articles (source_name, fetched_at DESC NULLS LAST, id);
CREATE INDEX entities_type_idx ON entities (type, id);

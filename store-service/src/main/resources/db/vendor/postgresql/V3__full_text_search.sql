-- PostgreSQL only: full-text search in the article's own language.

-- The text search configuration for an ISO 639-1 language code: the stock snowball configurations of
-- PostgreSQL 15, 'simple' (no stemming) for every other language and for 'und'. Declared IMMUTABLE so the
-- generated column below may use it: the mapping must only ever change together with a rebuild of that column.
CREATE FUNCTION newspipe_search_config(language VARCHAR) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT (CASE language
            WHEN 'ar' THEN 'pg_catalog.arabic'
            WHEN 'hy' THEN 'pg_catalog.armenian'
            WHEN 'eu' THEN 'pg_catalog.basque'
            WHEN 'ca' THEN 'pg_catalog.catalan'
            WHEN 'da' THEN 'pg_catalog.danish'
            WHEN 'nl' THEN 'pg_catalog.dutch'
            WHEN 'en' THEN 'pg_catalog.english'
            WHEN 'fi' THEN 'pg_catalog.finnish'
            WHEN 'fr' THEN 'pg_catalog.french'
            WHEN 'de' THEN 'pg_catalog.german'
            WHEN 'el' THEN 'pg_catalog.greek'
            WHEN 'hi' THEN 'pg_catalog.hindi'
            WHEN 'hu' THEN 'pg_catalog.hungarian'
            WHEN 'id' THEN 'pg_catalog.indonesian'
            WHEN 'ga' THEN 'pg_catalog.irish'
            WHEN 'it' THEN 'pg_catalog.italian'
            WHEN 'lt' THEN 'pg_catalog.lithuanian'
            WHEN 'ne' THEN 'pg_catalog.nepali'
            WHEN 'no' THEN 'pg_catalog.norwegian'
            WHEN 'nb' THEN 'pg_catalog.norwegian'
            WHEN 'nn' THEN 'pg_catalog.norwegian'
            WHEN 'pt' THEN 'pg_catalog.portuguese'
            WHEN 'ro' THEN 'pg_catalog.romanian'
            WHEN 'ru' THEN 'pg_catalog.russian'
            WHEN 'sr' THEN 'pg_catalog.serbian'
            WHEN 'es' THEN 'pg_catalog.spanish'
            WHEN 'sv' THEN 'pg_catalog.swedish'
            WHEN 'ta' THEN 'pg_catalog.tamil'
            WHEN 'tr' THEN 'pg_catalog.turkish'
            WHEN 'yi' THEN 'pg_catalog.yiddish'
            ELSE 'pg_catalog.simple'
        END)::regconfig
$$;

-- Built from search_text, where apostrophe suffixes are already split off; the query goes through the same
-- normalisation in the store before websearch_to_tsquery.
ALTER TABLE articles ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector(newspipe_search_config(language), COALESCE(search_text, ''))) STORED;

CREATE INDEX articles_search_idx ON articles USING GIN (search_vector);

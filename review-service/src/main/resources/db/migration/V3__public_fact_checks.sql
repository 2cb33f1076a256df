-- Public fact-check pages. The slug is set once, at the first publication, and never changes: links, feeds and
-- search engines keep pointing at it through every correction. Null until then, so "slug is not null" is the
-- published set the public indexes below cover.
alter table review_item add column slug varchar(120) unique;

-- Text search of the public list: claim, published summary and article title. 'simple' (no stemming, no stop
-- words) because claims come in any language; a GIN index keeps each search bounded on a large desk.
alter table review_item add column public_search tsvector generated always as (
    to_tsvector('simple'::regconfig,
        coalesce(claim_text, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(article_title, ''))) stored;
create index review_item_public_search_idx on review_item using gin (public_search) where slug is not null;

-- Keyset pagination of the public list (newest first) and of the feeds (latest change first).
create index review_item_public_first_idx on review_item (first_published_at desc, id desc) where slug is not null;
create index review_item_public_updated_idx on review_item (published_at desc, id desc) where slug is not null;

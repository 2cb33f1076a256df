-- Text search in the review queue (q): a case-insensitive substring of the claim. pg_trgm is a trusted extension,
-- so the database owner may create it; its GIN index answers "lower(claim_text) like '%…%'" without a scan of the
-- whole queue.
create extension if not exists pg_trgm;
create index review_item_claim_text_trgm on review_item using gin (lower(claim_text) gin_trgm_ops);

-- Verdicts published before the public site existed get their slug too, so their pages, feed entries and
-- ClaimReview url exist. Same shape as Slugs.of (claim words, then 12 hex digits of the id); accented letters
-- become separators here instead of being transliterated, which only makes these older slugs a little shorter.
update review_item
set slug = coalesce(nullif(trim(both '-' from left(
                trim(both '-' from regexp_replace(lower(claim_text), '[^a-z0-9]+', '-', 'g')), 80)), '') || '-', '')
           || substr(replace(id::text, '-', ''), 1, 12)
where slug is null
  and state in ('PUBLISHED', 'CORRECTED');

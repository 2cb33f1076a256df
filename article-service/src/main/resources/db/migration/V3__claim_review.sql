-- The review a claim is under, recorded from the first reviews.progress or verdicts.published that names it. A claim
-- is reviewed once, so a verdict of any other review is impossible (domain.VerdictLanding) even before the claim holds
-- a verdict. Claims decided before this column existed are under the review whose verdict they hold.
alter table claim add column review_id uuid;
update claim set review_id = verdict_review_id where verdict_review_id is not null;

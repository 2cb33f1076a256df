-- Other organisations' published fact-checks, imported from their ClaimReview markup or feeds (README "Imported
-- fact-checks"). The normalised ClaimReview url is the key: importing the same fact-check again changes nothing.
create table imported_fact_check (
    id              uuid          primary key,
    url             varchar(2000) not null unique,
    claim_reviewed  varchar(2000) not null,
    rating_label    varchar(300)  not null,
    rating_value    integer,
    best_rating     integer,
    worst_rating    integer,
    publisher_name  varchar(300)  not null,
    publisher_url   varchar(2000),
    claim_author    varchar(300),
    appearance_url  varchar(2000),
    date_published  timestamptz,
    language        varchar(40),
    imported_at     timestamptz   not null,
    imported_by     varchar(200)  not null
);
-- "Already checked?" finds them like our own checked claims: trigram similarity on the claim.
create index imported_fact_check_claim_trgm on imported_fact_check using gin (claim_reviewed gin_trgm_ops);
-- The list of imports, newest first (keyset).
create index imported_fact_check_keyset on imported_fact_check (imported_at desc, id desc);

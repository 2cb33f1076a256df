-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create table article (
    id           uuid primary key,
    version      bigint       not null,
    title        varchar(500) not null,
    body         text         not null,
    source_url   varchar(2000),
    author       varchar(300),
    publication  varchar(300),
    language     varchar(16)  not null,
    status       varchar(16)  not null,
    created_by   varchar(200) not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    -- Full-text search over title (weighted higher) and body.
    search       tsvector generated always as (
                     setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                     setweight(to_tsvector('english', body), 'B')) stored
);
-- Keyset pagination: newest first, id breaks ties.
create index article_created_keyset on article (created_at desc, id desc);
create index article_status_created on article (status, created_at desc, id desc);
create index article_author on article (lower(author));
create index article_search on article using gin (search);

create table claim (
    id             uuid primary key,
    version        bigint        not null,
    article_id     uuid          not null references article (id) on delete cascade,
    text           varchar(2000) not null,
    original_text  varchar(2000) not null,
    span_start     integer,
    span_end       integer,
    context        text,
    score          double precision not null,
    reasons        text          not null,
    origin         varchar(16)   not null,
    priority       varchar(16)   not null,
    due_at         timestamptz,
    status         varchar(16)   not null,
    queued_at      timestamptz,
    queued_by      varchar(200),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    verdict_rating        varchar(32),
    verdict_rating_value  integer,
    verdict_label         varchar(120),
    verdict_summary       varchar(2000),
    verdict_review_id     uuid,
    verdict_review_url    varchar(2000),
    verdict_published_at  timestamptz,
    verdict_version       integer,
    constraint claim_span_valid check (span_start is null or (span_start >= 0 and span_end > span_start))
);
create index claim_article on claim (article_id, span_start);
create index claim_status_keyset on claim (status, created_at desc, id desc);
create index claim_created_keyset on claim (created_at desc, id desc);
-- "Already checked?" matches: trigram similarity over claims that carry a published verdict.
create index claim_verdict_text_trgm on claim using gin (text gin_trgm_ops) where verdict_rating is not null;

-- Transactional outbox: rows written in the same transaction as the change they announce.
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid          not null unique,
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null,
    sent_at      timestamptz,
    lease_until  timestamptz,
    attempts     integer       not null default 0,
    last_error   varchar(2000)
);
create index outbox_unsent on outbox_event (id) where sent_at is null;

-- Idempotent consumers: one row per consumed event id, written in the same transaction as its effect.
create table processed_event (
    event_id      uuid         primary key,
    topic         varchar(200) not null,
    processed_at  timestamptz  not null
);

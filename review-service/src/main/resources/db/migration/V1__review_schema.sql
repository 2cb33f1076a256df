-- Review items: one per queued claim. The verdict being worked on (and the latest published one) lives on
-- the item; every published version is also kept in published_verdict.
create table review_item (
    id                   uuid primary key,
    version              bigint       not null default 0,
    claim_id             uuid         not null unique,
    article_id           uuid         not null,
    article_title        varchar(500) not null,
    article_url          varchar(2048),
    article_published_at timestamptz,
    claim_text           varchar(2000) not null,
    claim_author         varchar(500),
    context              text,
    language             varchar(20),
    check_worthiness     double precision not null check (check_worthiness between 0 and 1),
    priority             varchar(10)  not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    due_at               timestamptz,
    queued_by            varchar(200) not null,
    queued_at            timestamptz  not null,
    state                varchar(20)  not null,
    assignee             varchar(200),
    rating               varchar(20),
    label                varchar(120),
    summary              varchar(2000),
    explanation          varchar(20000),
    researched_by        varchar(200),
    submitted_at         timestamptz,
    approved_by          varchar(200),
    first_published_at   timestamptz,
    published_at         timestamptz,
    verdict_version      integer,
    correction_note      varchar(2000),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    -- Queue order as ascending columns so that one row comparison drives keyset pagination from an index:
    -- URGENT first, earliest due first (no due date last), most check-worthy first.
    priority_rank        smallint generated always as (
        case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end) stored,
    due_sort             timestamptz generated always as (
        coalesce(due_at, timestamptz '9999-12-31 00:00:00+00')) stored,
    worthiness_sort      double precision generated always as (-check_worthiness) stored
);

create index review_item_queue_idx on review_item (priority_rank, due_sort, worthiness_sort, id);
create index review_item_state_queue_idx on review_item (state, priority_rank, due_sort, worthiness_sort, id);
create index review_item_assignee_queue_idx on review_item (assignee, priority_rank, due_sort, worthiness_sort, id)
    where assignee is not null;
create index review_item_open_due_idx on review_item (due_at)
    where state in ('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED');

create table published_verdict (
    id               uuid primary key,
    review_id        uuid         not null references review_item (id),
    verdict_version  integer      not null,
    rating           varchar(20)  not null,
    label            varchar(120) not null,
    summary          varchar(2000) not null,
    explanation      varchar(20000) not null,
    researched_by    varchar(200) not null,
    approved_by      varchar(200) not null,
    published_at     timestamptz  not null,
    correction_note  varchar(2000),
    unique (review_id, verdict_version)
);

create table review_note (
    id         uuid primary key,
    review_id  uuid          not null references review_item (id),
    parent_id  uuid references review_note (id),
    author     varchar(200)  not null,
    text       varchar(10000) not null,
    created_at timestamptz   not null
);
create index review_note_review_idx on review_note (review_id, created_at);

create table review_source (
    id          uuid primary key,
    review_id   uuid          not null references review_item (id),
    url         varchar(2048) not null,
    title       varchar(500)  not null,
    publisher   varchar(200)  not null,
    quote       varchar(5000) not null,
    accessed_at timestamptz   not null,
    is_primary  boolean       not null,
    added_by    varchar(200)  not null,
    added_at    timestamptz   not null
);
create index review_source_review_idx on review_source (review_id, added_at);

create table review_audit (
    id         bigserial primary key,
    review_id  uuid         not null references review_item (id),
    at         timestamptz  not null,
    actor      varchar(200) not null,
    action     varchar(40)  not null,
    from_state varchar(20),
    to_state   varchar(20)  not null,
    reason     varchar(2000)
);
create index review_audit_review_idx on review_audit (review_id, at, id);

-- Consumed event ids, written in the same transaction as the effect (idempotent consumers).
create table processed_event (
    event_id     uuid primary key,
    topic        varchar(100) not null,
    processed_at timestamptz  not null
);

-- Withdrawals, remembered even for claims we have not seen yet, so a late claims.queued opens nothing.
create table withdrawn_claim (
    claim_id     uuid primary key,
    withdrawn_by varchar(200) not null,
    reason       varchar(2000),
    withdrawn_at timestamptz  not null
);

-- Transactional outbox relayed to Kafka; sent_at is set only after the broker acknowledged.
create table outbox_event (
    id          bigserial primary key,
    topic       varchar(100) not null,
    message_key varchar(100) not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_error  varchar(1000)
);
create index outbox_event_unsent_idx on outbox_event (id) where sent_at is null;

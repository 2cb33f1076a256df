-- Identity is the token's subject (sub); names are kept beside it for display only.
alter table review_item add column assignee_id varchar(100);
alter table review_item add column researched_by_id varchar(100);
alter table review_item add column approved_by_id varchar(100);
alter table review_item add column correction_proposed_by varchar(200);
alter table review_audit add column actor_id varchar(100);
-- The authority an action was taken with when it was not the actor's own work (e.g. 'editor' adding evidence to
-- someone else's item); null for the ordinary case.
alter table review_audit add column acting_as varchar(20);
alter table review_source add column added_by_id varchar(100);
alter table review_note add column author_id varchar(100);
alter table published_verdict add column researched_by_id varchar(100);
alter table published_verdict add column approved_by_id varchar(100);
-- Who proposed a correction (the first publication has none): the history names proposer and approver.
alter table published_verdict add column proposed_by varchar(200);
alter table published_verdict add column proposed_by_id varchar(100);

-- Corrections are proposals: one person proposes, a second (neither the proposer nor the researcher) approves,
-- and only the approval publishes. At most one open proposal per item.
create table correction_proposal (
    id                uuid primary key,
    review_id         uuid          not null references review_item (id),
    status            varchar(20)   not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    based_on_version  integer       not null,
    rating            varchar(20)   not null,
    label             varchar(120)  not null,
    summary           varchar(2000) not null,
    explanation       varchar(20000) not null,
    correction_note   varchar(2000) not null,
    proposed_by       varchar(200)  not null,
    proposed_by_id    varchar(100)  not null,
    proposed_at       timestamptz   not null,
    decided_by        varchar(200),
    decided_by_id     varchar(100),
    decided_at        timestamptz,
    decision_reason   varchar(2000)
);
create unique index correction_proposal_open_idx on correction_proposal (review_id) where status = 'PROPOSED';
create index correction_proposal_review_idx on correction_proposal (review_id, proposed_at, id);

-- Keyset pagination of the item's lists.
create index review_note_page_idx on review_note (review_id, created_at, id);
create index review_source_page_idx on review_source (review_id, added_at, id);

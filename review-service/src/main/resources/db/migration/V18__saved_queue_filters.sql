-- Saved views of the review queue, per user (the token subject): a name and the queue list's filters. Saving under
-- a name the user already has replaces that view.
create table saved_queue_filter (
    id          uuid          primary key,
    owner_id    varchar(100)  not null,
    name        varchar(100)  not null,
    state       varchar(30),
    assignee    varchar(200),
    priority    varchar(20),
    overdue     boolean,
    q           varchar(200),
    saved_at    timestamptz   not null,
    unique (owner_id, name)
);

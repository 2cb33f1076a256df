-- Notifications: each person's inbox of work that moved, written in the transaction of the change that caused it.
create table notification (
    id          uuid          primary key,
    recipient   varchar(200)  not null,
    kind        varchar(30)   not null,
    review_id   uuid          not null references review_item (id) on delete cascade,
    claim_text  varchar(500)  not null,
    actor       varchar(200),
    created_at  timestamptz   not null,
    read_at     timestamptz,
    -- One notification per cause: a retried transaction or a second overdue sweep finds the key taken.
    dedupe_key  varchar(200)  not null unique,
    constraint notification_kind check (kind in ('ASSIGNED', 'CHANGES_REQUESTED', 'SUBMITTED_FOR_APPROVAL',
        'PUBLISHED', 'CORRECTED', 'OVERDUE'))
);
-- The inbox, newest first (keyset pages), and the unread count in the header.
create index notification_inbox on notification (recipient, created_at desc, id desc);
create index notification_unread on notification (recipient) where read_at is null;

-- Per-user settings of the desk. A user without a row has the defaults.
create table user_preference (
    username     varchar(200)  primary key,
    language     varchar(10)   not null default 'en',
    -- Which notification kinds also go out by e-mail (when the service has SMTP configured).
    email_kinds  text[]        not null default '{ASSIGNED,CHANGES_REQUESTED,SUBMITTED_FOR_APPROVAL,PUBLISHED,CORRECTED,OVERDUE}',
    updated_at   timestamptz   not null
);

-- The durable queue of notification e-mails, written with the notification; MailDispatcher sends them.
create table notification_mail (
    notification_id  uuid          primary key references notification (id) on delete cascade,
    status           varchar(20)   not null default 'PENDING',
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    leased_until     timestamptz,
    last_error       varchar(1000),
    sent_at          timestamptz,
    constraint notification_mail_status check (status in ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS'))
);
create index notification_mail_due on notification_mail (next_attempt_at) where status = 'PENDING';

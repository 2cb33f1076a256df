-- Webhooks: subscriber endpoints that admins register, and the durable queue of their deliveries.
create table webhook_subscription (
    id                          uuid           primary key,
    url                         varchar(2000)  not null,
    description                 varchar(300),
    event_types                 text[]         not null,
    -- Standard Webhooks signing secrets (whsec_...). After a rotation the previous one keeps signing beside the new
    -- one until previous_secret_expires_at, so receivers can switch without losing a delivery.
    secret                      varchar(100)   not null,
    previous_secret             varchar(100),
    previous_secret_expires_at  timestamptz,
    secret_rotated_at           timestamptz,
    enabled                     boolean        not null default true,
    disabled_reason             varchar(500),
    disabled_at                 timestamptz,
    -- The current run of failed attempts; a success ends it. A long enough run disables the endpoint.
    consecutive_failures        integer        not null default 0,
    failing_since               timestamptz,
    created_by                  varchar(200)   not null,
    created_at                  timestamptz    not null
);

-- One row per event and subscriber, written in the transaction of the change the event announces (so an event is
-- never lost and never announced for a change that rolled back). seq orders the deliveries of one claim.
create table webhook_delivery (
    id                uuid          primary key,
    seq               bigint        generated always as identity,
    subscription_id   uuid          not null references webhook_subscription (id) on delete cascade,
    event_type        varchar(50)   not null,
    claim_id          uuid          not null,
    payload           text          not null,
    status            varchar(20)   not null default 'PENDING',
    attempts          integer       not null default 0,
    created_at        timestamptz   not null,
    next_attempt_at   timestamptz   not null,
    -- Set while a dispatcher (of any replica) is sending it; an expired lease means the sender died.
    leased_until      timestamptz,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_error        varchar(1000),
    delivered_at      timestamptz,
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);

-- The dispatcher's work list: pending deliveries by due time, and the per-claim order check.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_claim_order on webhook_delivery (subscription_id, claim_id, seq) where status = 'PENDING';
-- The delivery log: a subscriber's deliveries, newest first.
create index webhook_delivery_log on webhook_delivery (subscription_id, seq desc);

-- Every attempt, for the delivery log.
create table webhook_attempt (
    delivery_id   uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz   not null,
    status_code   integer,
    error         varchar(1000),
    duration_ms   integer       not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);

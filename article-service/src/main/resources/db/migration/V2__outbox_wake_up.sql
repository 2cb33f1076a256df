-- Wakes the outbox relay when a transaction that wrote outbox rows commits: PostgreSQL delivers NOTIFY only on
-- commit, folds repeated notifications of one transaction into one, and the statement-level trigger costs no
-- extra round trip. The relay LISTENs on this channel (OutboxWakeUp) and still polls as the fallback.
create function article_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('article_outbox', '');
    return null;
end;
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function article_outbox_notify();

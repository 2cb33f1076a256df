-- /stats reads counters kept by triggers in the same transaction as every change of review_item, instead of
-- scanning review_item and review_audit on every call.
--   review_counter: items per state ('state'), published verdicts per rating ('verdict'), open items per
--   assignee ('load').
--   review_state_duration: how long items stayed in a state before leaving it, as a histogram with buckets of
--   2^(1/8) (about 9 % wide), from which the median is read.
create table review_counter (
    kind  varchar(20)  not null,
    key   varchar(200) not null,
    value bigint       not null,
    primary key (kind, key)
);

create table review_state_duration (
    state  varchar(20) not null,
    bucket smallint    not null,
    count  bigint      not null,
    primary key (state, bucket)
);

-- When the item entered its current state.
alter table review_item add column state_since timestamptz;
update review_item set state_since = updated_at;

create function review_duration_bucket(seconds double precision) returns smallint language sql immutable as $$
    select floor(8 * ln(1 + greatest(coalesce(seconds, 0), 0)) / ln(2))::smallint
$$;

create function review_item_state_since() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        new.state_since := coalesce(new.state_since, new.updated_at);
    elsif new.state is distinct from old.state then
        insert into review_state_duration (state, bucket, count)
        values (old.state, review_duration_bucket(extract(epoch from new.updated_at - old.state_since)), 1)
        on conflict (state, bucket) do update set count = review_state_duration.count + 1;
        new.state_since := new.updated_at;
    end if;
    return new;
end;
$$;

create trigger review_item_state_since before insert or update on review_item
    for each row execute function review_item_state_since();

-- One statement with the deltas summed and sorted: concurrent transactions lock counter rows in the same order,
-- so they wait for each other but cannot deadlock.
create function review_item_counters() returns trigger language plpgsql as $$
declare
    open_states constant varchar[] := array['QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED'];
    published_states constant varchar[] := array['PUBLISHED', 'CORRECTED'];
begin
    if tg_op = 'INSERT' then
        insert into review_counter (kind, key, value)
        select kind, key, delta
        from (select 'state' as kind, new.state as key, 1 as delta
              union all
              select 'verdict', new.rating, 1 where new.state = any (published_states) and new.rating is not null
              union all
              select 'load', new.assignee, 1 where new.state = any (open_states) and new.assignee is not null) deltas
        order by kind, key
        on conflict (kind, key) do update set value = review_counter.value + excluded.value;
        return null;
    end if;
    if new.state is not distinct from old.state and new.rating is not distinct from old.rating
            and new.assignee is not distinct from old.assignee then
        return null;
    end if;
    insert into review_counter (kind, key, value)
    select kind, key, sum(delta)
    from (select 'state' as kind, new.state as key, 1 as delta
          union all
          select 'verdict', new.rating, 1 where new.state = any (published_states) and new.rating is not null
          union all
          select 'load', new.assignee, 1 where new.state = any (open_states) and new.assignee is not null
          union all
          select 'state', old.state, -1
          union all
          select 'verdict', old.rating, -1 where old.state = any (published_states) and old.rating is not null
          union all
          select 'load', old.assignee, -1 where old.state = any (open_states) and old.assignee is not null) deltas
    group by kind, key
    having sum(delta) <> 0
    order by kind, key
    on conflict (kind, key) do update set value = review_counter.value + excluded.value;
    return null;
end;
$$;

create trigger review_item_counters after insert or update on review_item
    for each row execute function review_item_counters();

-- The figures of the rows that exist already.
insert into review_counter (kind, key, value)
select 'state', state, count(*) from review_item group by state;
insert into review_counter (kind, key, value)
select 'verdict', rating, count(*) from review_item
where state in ('PUBLISHED', 'CORRECTED') and rating is not null group by rating;
insert into review_counter (kind, key, value)
select 'load', assignee, count(*) from review_item
where assignee is not null and state in ('QUEUED', 'IN_RESEARCH', 'SUBMITTED', 'CHANGES_REQUESTED') group by assignee;
insert into review_state_duration (state, bucket, count)
select from_state, review_duration_bucket(seconds), count(*)
from (select from_state,
             extract(epoch from at - lag(at) over (partition by review_id order by at, id)) as seconds
      from review_audit
      where from_state is distinct from to_state) changes
where from_state is not null and seconds is not null
group by 1, 2;

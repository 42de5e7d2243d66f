-- Emergency-access grants go after their retention period, and only then. A grant holds a reason (free text)
-- and names a case manager and a household; it is the reason the processing-log records under activity
-- 'access.noodtoegang' refer to (a record names its actor and time, and the grant of that actor covering that
-- time gives the reason), so it is kept as long as those records are, and then goes. The period is the
-- register's for that activity (access.processing_activity.retention, P5Y), counted from the grant's end (its
-- early end, or its expiry): the last moment a record could refer to it.
--
-- The trigger that refused every DELETE now lets a grant go only when all three hold:
--  1. the transaction set 'verbinder.destroying' on (transaction-local; only the retention run sets it, as it
--     does for inburgering's protected rows), so that a plain DELETE, by hand or by a slip in code, is refused;
--  2. its end plus the register's period has passed (Dutch dates, as the run counts; no period, never), so that
--     even the retention cannot take a grant early: the period is read from the register itself, not passed in;
--  3. no processing-log record under 'access.noodtoegang' of its holder within its time remains: the log keeps
--     records by whole seal batches, so a record can outlive its own period beside a longer-kept neighbour, and a
--     grant never goes before the last record it explains. A partial index keeps this look-up small: it holds
--     only the emergency-access records, so the log's other appends do not pay for it.
-- We chose the checks over the session mark alone: the mark says who deletes, the checks say what may go,
-- and together a grant can go only by the run and only when its reason is no longer needed.
create index processing_log_emergency_access on access.processing_log (actor_id, occurred_at)
    where activity = 'access.noodtoegang';

create or replace function access.refuse_emergency_access_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.ended_at is null and new.ended_at is not null
           and (old.id, old.account_id, old.actor, old.actor_gemeente, old.household_id, old.gemeente, old.reason,
                old.granted_at, old.expires_at)
           is not distinct from (new.id, new.account_id, new.actor, new.actor_gemeente, new.household_id,
                new.gemeente, new.reason, new.granted_at, new.expires_at) then
        return new; -- ending the grant early, once
    end if;
    if tg_op = 'DELETE' and current_setting('verbinder.destroying', true) = 'on'
           and cast(least(coalesce(old.ended_at, old.expires_at), old.expires_at) at time zone 'Europe/Amsterdam' as date)
               + (select cast(a.retention as interval) from access.processing_activity a
                  where a.id = 'access.noodtoegang')
               <= cast(now() at time zone 'Europe/Amsterdam' as date)
           and not exists (select 1 from access.processing_log l
                           where l.activity = 'access.noodtoegang' and l.actor_id = old.account_id
                             and l.occurred_at >= old.granted_at and l.occurred_at < old.expires_at) then
        return old; -- destroyed by the retention run after its period, its records gone
    end if;
    raise exception 'access.emergency_access keeps its grants (% refused)', tg_op;
end
$$;

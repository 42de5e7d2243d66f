-- The actor apart from the records (the Logboek Dataverwerkingen standard keeps who did it in an audit store
-- keyed by trace id, not in every record). A processing's records name their trace; the trace names its actor
-- (account, name, role, municipality) once. A caseload view writes one actor row instead of repeating the
-- actor in each of its ~150 records.
--
-- No unique key on trace_id: an append that runs in a transaction of its own while the request's writing
-- transaction (which wrote the trace's actor row, not yet committed) is still open would wait on a unique key
-- for a transaction of its own thread. Two rows of one trace hold the same actor (an append whose trace
-- already names another actor takes a new trace); readers take the first row in the order of its values, and
-- the seal batches cover the actor that reading gives, so a changed, removed or added actor row is found by
-- the integrity check as a changed record. recorded_at lets an append re-use only a recent row, and the
-- retention run remove only old ones, so the two never meet.
create table access.processing_actor (
    trace_id       uuid        not null,
    actor_id       uuid,
    actor          text        not null,
    actor_role     text        not null,
    actor_gemeente text,
    recorded_at    timestamptz not null
);
create index processing_actor_trace on access.processing_actor (trace_id);

-- Append-only, like the records: a row goes only in the retention run (the transaction-local mark it sets
-- for destruction), when no record of its trace is left.
create function access.refuse_processing_actor_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('verbinder.destroying', true) = 'on' then
        return old;
    end if;
    raise exception 'access.processing_actor is append-only (% refused)', tg_op;
end
$$;
create trigger processing_actor_append_only before update or delete on access.processing_actor
    for each row execute function access.refuse_processing_actor_change();
create trigger processing_actor_no_truncate before truncate on access.processing_actor
    for each statement execute function access.refuse_processing_actor_change();

-- A record from now on leaves its actor columns empty; the records written before keep theirs.
alter table access.processing_log alter column actor drop not null;
alter table access.processing_log alter column actor_role drop not null;

-- What every reader of the log (and the sealer, and the integrity check) reads: a record with its actor, from
-- the record itself when it still holds one, else from its trace's row.
create view access.processing_record as
select l.seq, l.trace_id, l.occurred_at,
       case when l.actor is null then a.actor_id else l.actor_id end as actor_id,
       coalesce(l.actor, a.actor) as actor,
       coalesce(l.actor_role, a.actor_role) as actor_role,
       case when l.actor is null then a.actor_gemeente else l.actor_gemeente end as actor_gemeente,
       l.activity, l.purpose, l.legal_basis, l.operation, l.subject_type, l.subject_id
from access.processing_log l
left join lateral (select a.actor_id, a.actor, a.actor_role, a.actor_gemeente
                   from access.processing_actor a
                   where a.trace_id = l.trace_id and l.actor is null
                   order by a.actor_id, a.actor, a.actor_role, a.actor_gemeente
                   limit 1) a on true;

-- The emergency-access records of a grant's holder: found by time under the activity (few records), their
-- actor through the view, instead of by the actor column that new records leave empty.
drop index access.processing_log_emergency_access;
create index processing_log_emergency_access on access.processing_log (occurred_at)
    where activity = 'access.noodtoegang';

-- V13's function again, whole (a migration that replaces a function gives its body), with the grant's
-- records read through the view.
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
           and not exists (select 1 from access.processing_record l
                           where l.activity = 'access.noodtoegang' and l.actor_id = old.account_id
                             and l.occurred_at >= old.granted_at and l.occurred_at < old.expires_at) then
        return old; -- destroyed by the retention run after its period, its records gone
    end if;
    raise exception 'access.emergency_access keeps its grants (% refused)', tg_op;
end
$$;

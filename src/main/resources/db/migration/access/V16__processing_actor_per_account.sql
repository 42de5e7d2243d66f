-- A record names its actor's account again (actor_id), and the view finds the actor by trace *and* account.
-- Keyed by the trace alone (V15), two appends of one trace by different accounts at the same moment (a caller's
-- traceparent may be sent for two users, and reactions continue a request's trace as Verbinder itself) could
-- each find no row, each add one, and the view then gave every record of the trace the one that sorts first:
-- a case manager's read shown as Verbinder's. Now a record can only ever meet a row of its own account; two
-- rows of one trace and account (two appends at the same moment, neither seeing the other's row) hold the same
-- name, role and municipality, and the view takes the first in the order of its values, as the seal does.
drop index access.processing_actor_trace;
create index processing_actor_trace on access.processing_actor (trace_id, actor_id);

create or replace view access.processing_record as
select l.seq, l.trace_id, l.occurred_at, l.actor_id,
       coalesce(l.actor, a.actor) as actor,
       coalesce(l.actor_role, a.actor_role) as actor_role,
       case when l.actor is null then a.actor_gemeente else l.actor_gemeente end as actor_gemeente,
       l.activity, l.purpose, l.legal_basis, l.operation, l.subject_type, l.subject_id
from access.processing_log l
left join lateral (select a.actor, a.actor_role, a.actor_gemeente
                   from access.processing_actor a
                   where a.trace_id = l.trace_id and a.actor_id = l.actor_id and l.actor is null
                   order by a.actor, a.actor_role, a.actor_gemeente
                   limit 1) a on true;

-- Records are now appended without waiting for the chain: a sealer links them into the hash chain
-- shortly after (in the order it sees them, numbered by sealed_seq). So an append takes no global lock.
-- The guard still refuses any change of a record's content; only the seal may be set, once.
alter table access.processing_log alter column prev_hash drop not null;
alter table access.processing_log alter column hash drop not null;
alter table access.processing_log add column sealed_seq bigint unique;
-- Records chained before this change keep their place: their chain order was their seq.
alter table access.processing_log disable trigger processing_log_append_only;
update access.processing_log set sealed_seq = seq where hash is not null;
alter table access.processing_log enable trigger processing_log_append_only;
create index processing_log_unsealed on access.processing_log (seq) where hash is null;

create or replace function access.refuse_processing_log_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and new.sealed_seq is not null
       and (old.seq, old.trace_id, old.occurred_at, old.actor_id, old.actor, old.actor_role, old.actor_gemeente,
            old.activity, old.purpose, old.legal_basis, old.operation, old.subject_type, old.subject_id)
           is not distinct from
           (new.seq, new.trace_id, new.occurred_at, new.actor_id, new.actor, new.actor_role, new.actor_gemeente,
            new.activity, new.purpose, new.legal_basis, new.operation, new.subject_type, new.subject_id) then
        return new; -- sealing: linking the record into the chain
    end if;
    raise exception 'access.processing_log is append-only (% refused)', tg_op;
end
$$;

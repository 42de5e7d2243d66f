-- Retention (bewaartermijn) and destruction (vernietiging). A retention run is claimed once per day (one node
-- runs it); every kind of data it destroyed in a municipality is one destruction record: what, under which
-- activity of the register, its data categories and retention period, how many, when. A destruction record
-- holds no personal data, and it is kept: both tables are append-only (a run is finished once).
create table access.retention_run (
    id          uuid primary key,
    run_on      date        not null unique,
    started_at  timestamptz not null,
    finished_at timestamptz,
    failures    integer     not null default 0
);

create function access.refuse_retention_run_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.finished_at is null and (old.id, old.run_on, old.started_at)
           is not distinct from (new.id, new.run_on, new.started_at) then
        return new; -- finishing the run
    end if;
    raise exception 'access.retention_run is append-only (% refused)', tg_op;
end
$$;
create trigger retention_run_append_only before update or delete on access.retention_run
    for each row execute function access.refuse_retention_run_change();

create table access.destruction (
    id              bigint generated always as identity primary key,
    run_id          uuid        not null references access.retention_run (id),
    gemeente        text,
    activity        text        not null,
    data_categories text[]      not null,
    retention       text        not null,
    what            text        not null,
    count           integer     not null check (count > 0),
    destroyed_at    timestamptz not null
);
create index destruction_run on access.destruction (run_id);
create trigger destruction_append_only before update or delete on access.destruction
    for each row execute function access.refuse_processing_log_seal_change();
create trigger destruction_no_truncate before truncate on access.destruction
    for each statement execute function access.refuse_processing_log_seal_change();

-- Expired records of the processing log go by whole seal batches: the batch itself (its hash, link, record
-- root, signature and anchor) stays, so the chain of batches stays verifiable; a destroyed batch is marked
-- here, the mark signed with the seal key (outside the database), and the integrity check verifies the mark
-- instead of the records that are gone.
create table access.processing_log_destruction (
    batch        bigint primary key references access.processing_log_seal (batch),
    first_seq    bigint      not null,
    last_seq     bigint      not null,
    record_count integer     not null,
    destroyed_at timestamptz not null,
    signature    text        not null
);
create unique index processing_log_destruction_last_seq on access.processing_log_destruction (last_seq);
create trigger processing_log_destruction_append_only before update or delete on access.processing_log_destruction
    for each row execute function access.refuse_processing_log_seal_change();
create trigger processing_log_destruction_no_truncate before truncate on access.processing_log_destruction
    for each statement execute function access.refuse_processing_log_seal_change();

-- A record may now be deleted, and only when its seal batch was marked destroyed; never changed.
create or replace function access.refuse_processing_log_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from access.processing_log_destruction d
                                    where d.last_seq >= old.seq and d.first_seq <= old.seq) then
        return old;
    end if;
    raise exception 'access.processing_log is append-only (% refused)', tg_op;
end
$$;

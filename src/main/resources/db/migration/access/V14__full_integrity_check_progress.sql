-- A full integrity check walks every seal batch from the first, which on a large log takes minutes: it runs in
-- the background and its progress is kept here, so that the administrator's page (on whichever node serves it)
-- and the API can show how far it is. At most one runs at a time in the region (the partial unique index); the
-- node running it renews heartbeat_at after every page of batches, and a run whose heartbeat is older than a
-- few minutes (its node stopped) is closed as stopped when the next one starts. The result itself is the row in
-- access.processing_log_check it names; this table only holds the run's progress.
create table access.processing_log_full_check (
    id              uuid primary key,
    started_at      timestamptz not null,
    started_by      text        not null,
    batches_total   bigint      not null check (batches_total >= 0),
    batches_checked bigint      not null default 0 check (batches_checked >= 0),
    heartbeat_at    timestamptz not null,
    finished_at     timestamptz,
    stopped         boolean     not null default false,
    check_id        bigint references access.processing_log_check (id),
    check (finished_at is null or stopped or check_id is not null)
);
create unique index processing_log_full_check_one_running on access.processing_log_full_check ((true))
    where finished_at is null;
create index processing_log_full_check_recent on access.processing_log_full_check (started_at desc);

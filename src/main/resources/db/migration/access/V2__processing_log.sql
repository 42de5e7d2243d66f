-- The processing log (after the Logboek Dataverwerkingen standard): one row per processing of one
-- data subject's personal data. Append-only: updates, deletes and truncation are refused by triggers.
-- Each row carries the SHA-256 of its content and of the previous row's hash, so that any change to a
-- stored row (or a removed row) breaks the chain and is found by ProcessingLog.verifyIntegrity().
create table access.processing_log (
    seq            bigint generated always as identity primary key,
    trace_id       uuid        not null,
    occurred_at    timestamptz not null,
    actor_id       uuid,
    actor          text        not null,
    actor_role     text        not null,
    actor_gemeente text,
    activity       text        not null,
    purpose        text        not null,
    legal_basis    text        not null,
    operation      text        not null check (operation in ('READ', 'CREATE', 'UPDATE', 'DELETE')),
    subject_type   text        not null,
    subject_id     text        not null,
    prev_hash      text        not null,
    hash           text        not null unique
);
create index processing_log_subject on access.processing_log (subject_type, subject_id, seq desc);

create function access.refuse_processing_log_change() returns trigger language plpgsql as $$
begin
    raise exception 'access.processing_log is append-only (% refused)', tg_op;
end
$$;

create trigger processing_log_append_only before update or delete on access.processing_log
    for each row execute function access.refuse_processing_log_change();
create trigger processing_log_no_truncate before truncate on access.processing_log
    for each statement execute function access.refuse_processing_log_change();

-- Sealing without touching the records: the log's records are never updated again. A separate append-only
-- chain of seal batches covers them: each batch names the records it seals (their sequence numbers), a hash
-- over those records in order (records_root) and a short digest per record (to name a changed record), the
-- previous batch's hash and its own; its hash is signed with a key outside the database and written to an
-- anchor file outside it too. Records sealed by the chain of V3 are covered again by the first batches; their
-- prev_hash, hash and sealed_seq stay as they were.
create table access.processing_log_seal (
    batch        bigint primary key,
    first_seq    bigint      not null,
    last_seq     bigint      not null,
    seqs         int8multirange not null,
    record_count integer     not null,
    records_root text        not null,
    digests      bytea       not null,
    prev_hash    text        not null,
    hash         text        not null unique,
    sealed_at    timestamptz not null,
    key_id       text        not null,
    signature    text        not null
);

create function access.refuse_processing_log_seal_change() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only (% refused)', tg_table_schema, tg_table_name, tg_op;
end
$$;
create trigger processing_log_seal_append_only before update or delete on access.processing_log_seal
    for each row execute function access.refuse_processing_log_seal_change();
create trigger processing_log_seal_no_truncate before truncate on access.processing_log_seal
    for each statement execute function access.refuse_processing_log_seal_change();

-- A record can no longer be sealed in place: every update is refused.
create or replace function access.refuse_processing_log_change() returns trigger language plpgsql as $$
begin
    raise exception 'access.processing_log is append-only (% refused)', tg_op;
end
$$;
drop index access.processing_log_unsealed;

-- The results of integrity checks: an incremental check starts after the last intact one.
create table access.processing_log_check (
    id                 bigint generated always as identity primary key,
    checked_at         timestamptz not null,
    checked_by         text        not null,
    full_check         boolean     not null,
    through_batch      bigint      not null,
    batches_checked    bigint      not null,
    records_checked    bigint      not null,
    head_hash          text        not null,
    intact             boolean     not null,
    problem            text,
    first_broken_batch bigint,
    first_broken_seq   bigint,
    anchor_file        text        not null,
    anchor_offset      bigint      not null
);
create trigger processing_log_check_append_only before update or delete on access.processing_log_check
    for each row execute function access.refuse_processing_log_seal_change();

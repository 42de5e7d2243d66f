create schema if not exists monitoring;

-- Signals: a household that threatens to drop out of view, one open signal per household and kind. A
-- signal closes by itself (closed_at) when its condition ends; a case manager may acknowledge it with a
-- note, which is kept. Only ids and dates of another module's data are kept here, no names.
create table monitoring.signal (
    id               uuid primary key,
    household_id     uuid        not null,
    gemeente         text        not null,
    kind             text        not null check (kind in ('NO_CONTACT', 'NO_PIP', 'AGREEMENT_OVERDUE')),
    since            date        not null,
    raised_at        timestamptz not null,
    closed_at        timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_by  uuid,
    note             text check (length(note) <= 1000)
);
create unique index signal_open_per_subject on monitoring.signal (household_id, kind) where closed_at is null;
create index signal_open_in_gemeente on monitoring.signal (gemeente, raised_at) where closed_at is null;

alter table monitoring.signal enable row level security;
alter table monitoring.signal force row level security;
create policy signal_in_scope on monitoring.signal
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- The signal runs: the nightly one is claimed once per day (whichever node inserts the row runs it).
create table monitoring.signal_run (
    id           uuid primary key,
    trigger      text        not null check (trigger in ('NIGHTLY', 'ON_DEMAND')),
    run_on       date        not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    raised       integer,
    closed       integer
);
create unique index signal_run_nightly_once on monitoring.signal_run (run_on) where trigger = 'NIGHTLY';

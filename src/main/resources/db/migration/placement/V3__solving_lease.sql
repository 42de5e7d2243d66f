-- Solving a run is a job that any application node can claim. The node solving it holds a lease that
-- it renews while it works; when a node stops, its lease runs out and another node takes the run over.
-- Only the node holding the lease may write the result, so a run is finished exactly once. Progress is
-- here too, so every node can show it.
alter table placement.run
    add column solver           text,
    add column lease_until      timestamptz,
    add column attempts         integer not null default 0,
    add column seed             bigint,
    add column progress_phase   text,
    add column progress_percent integer;

create index run_solving on placement.run (lease_until) where status = 'BEZIG';

-- Runs left solving by the single-node version, which failed them at start-up, are taken over.
update placement.run set lease_until = now(), attempts = 1, seed = 42, progress_phase = 'SCORES',
    progress_percent = 5 where status = 'BEZIG';

-- Financial unburdening that ended without a follow-up is signalled for a number of months after its last day,
-- no longer for ever. Its threshold per municipality; a municipality that set its own thresholds before gets
-- the region's default for it.
alter table monitoring.signal_threshold
    add column ontzorgen_follow_up_months integer not null default 3;

-- Every signal rule has its kind; a signal can be dismissed with a reason (it leaves the list, and the
-- same occurrence is not raised again until its condition has ended); the thresholds of the rules per
-- municipality, where the coordinator or administrator set them (the region's defaults otherwise).
alter table monitoring.signal drop constraint signal_kind_check;
alter table monitoring.signal add constraint signal_kind_check check (kind in (
    'NO_CONTACT', 'NO_PIP', 'AGREEMENT_OVERDUE', 'PLAN_STILL_DRAFT', 'REFERRAL_UNANSWERED', 'PARTNER_OUT_OF_VIEW',
    'TURNING_ADULT', 'TOO_MANY_ORGANISATIONS', 'TRAJECTORY_NOT_STARTED'));
alter table monitoring.signal
    add column dismissed_at     timestamptz,
    add column dismissed_by     uuid,
    add column dismissal_reason text check (length(dismissal_reason) <= 1000);
create index signal_household on monitoring.signal (household_id, raised_at desc);

create table monitoring.signal_threshold (
    gemeente              text primary key,
    no_contact_days       integer     not null,
    pip_weeks             integer     not null,
    agreement_grace_days  integer     not null,
    draft_plan_months     integer     not null,
    referral_grace_days   integer     not null,
    partner_months        integer     not null,
    adult_months          integer     not null,
    max_organisations     integer     not null,
    start_days            integer     not null,
    changed_by            uuid        not null,
    changed_at            timestamptz not null
);

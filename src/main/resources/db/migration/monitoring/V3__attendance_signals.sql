-- Two rules on what providers report of attendance: Zoetermeer's norm of lessons and workshops within
-- months of moving in, and attendance dropping below a share of the recent lessons. Their thresholds per
-- municipality; a municipality that set its own thresholds before gets the region's defaults for these.
alter table monitoring.signal drop constraint signal_kind_check;
alter table monitoring.signal add constraint signal_kind_check check (kind in (
    'NO_CONTACT', 'NO_PIP', 'AGREEMENT_OVERDUE', 'PLAN_STILL_DRAFT', 'REFERRAL_UNANSWERED', 'PARTNER_OUT_OF_VIEW',
    'TURNING_ADULT', 'TOO_MANY_ORGANISATIONS', 'TRAJECTORY_NOT_STARTED', 'LESSON_NORM_MISSED',
    'ATTENDANCE_DROPPING'));
alter table monitoring.signal_threshold
    add column norm_lessons     integer not null default 26,
    add column norm_months      integer not null default 3,
    add column drop_percent     integer not null default 80,
    add column drop_weeks       integer not null default 4,
    add column drop_min_lessons integer not null default 6;

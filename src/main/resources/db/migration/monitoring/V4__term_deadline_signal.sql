-- A rule on the integration term: its end is near and a part of the learning route (PVT, MAP, KNM, the
-- exams) has no passed result yet. Its threshold per municipality; a municipality that set its own
-- thresholds before gets the region's default for it.
alter table monitoring.signal drop constraint signal_kind_check;
alter table monitoring.signal add constraint signal_kind_check check (kind in (
    'NO_CONTACT', 'NO_PIP', 'AGREEMENT_OVERDUE', 'PLAN_STILL_DRAFT', 'REFERRAL_UNANSWERED', 'PARTNER_OUT_OF_VIEW',
    'TURNING_ADULT', 'TOO_MANY_ORGANISATIONS', 'TRAJECTORY_NOT_STARTED', 'LESSON_NORM_MISSED',
    'ATTENDANCE_DROPPING', 'TERM_DEADLINE_NEAR'));
alter table monitoring.signal_threshold
    add column term_months integer not null default 6;

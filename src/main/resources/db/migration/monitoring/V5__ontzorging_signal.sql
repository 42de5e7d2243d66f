-- A rule on financial unburdening (ontzorgen): not arranged in the first months after moving in, or ended
-- without a follow-up. Its threshold per municipality; a municipality that set its own thresholds before gets
-- the region's default for it.
alter table monitoring.signal drop constraint signal_kind_check;
alter table monitoring.signal add constraint signal_kind_check check (kind in (
    'NO_CONTACT', 'NO_PIP', 'AGREEMENT_OVERDUE', 'PLAN_STILL_DRAFT', 'REFERRAL_UNANSWERED', 'PARTNER_OUT_OF_VIEW',
    'TURNING_ADULT', 'TOO_MANY_ORGANISATIONS', 'TRAJECTORY_NOT_STARTED', 'LESSON_NORM_MISSED',
    'ATTENDANCE_DROPPING', 'TERM_DEADLINE_NEAR', 'ONTZORGING_MISSING'));
alter table monitoring.signal_threshold
    add column ontzorgen_months integer not null default 6;

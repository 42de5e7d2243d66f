-- An appointment that was moved keeps the time it had before, so that the newcomer sees that it was moved (and
-- from when) rather than finding another time without a word.
alter table appointment.appointment add column moved_from timestamptz;

-- The caseload's read model gets a row for every household (not only those with contacts), with the
-- arrival date and the earliest open deadline, so that the caseload reads its first page in urgency
-- order from an index instead of sorting all households of a municipality per request:
--   1. households with an overdue agreement (few): found by earliest_open_deadline, sorted in full;
--   2. the rest: in index order (last contact, never first; then newest arrival).
alter table inburgering.household_contact_summary
    add column arrival_date date,
    add column earliest_open_deadline date;

-- Existing households (migrations run as the owner; row-level security is off for these statements).
alter table inburgering.household_contact_summary no force row level security;
alter table inburgering.household no force row level security;
insert into inburgering.household_contact_summary (household_id, gemeente, last_contact, open_deadlines)
select h.id, h.gemeente, null, '{}'
from inburgering.household h
where not exists (select 1 from inburgering.household_contact_summary s where s.household_id = h.id);
update inburgering.household_contact_summary s
set arrival_date = h.arrival_date, earliest_open_deadline = s.open_deadlines[1]
from inburgering.household h
where h.id = s.household_id;
alter table inburgering.household force row level security;
alter table inburgering.household_contact_summary force row level security;

alter table inburgering.household_contact_summary alter column arrival_date set not null;
create index household_contact_summary_calm on inburgering.household_contact_summary
    (gemeente, last_contact asc nulls first, arrival_date desc, household_id);
create index household_contact_summary_urgent on inburgering.household_contact_summary (gemeente, earliest_open_deadline)
    where earliest_open_deadline is not null;

-- A read model for the caseload: per household its last contact and the due dates of its open
-- agreements, kept up to date by Contacten in the same transaction as every change of contacts. The
-- caseload sorts by urgency from this table instead of aggregating all contacts of a municipality.
create table inburgering.household_contact_summary (
    household_id   uuid primary key references inburgering.household (id),
    gemeente       text   not null,
    last_contact   date,
    open_deadlines date[] not null
);

alter table inburgering.household_contact_summary enable row level security;
alter table inburgering.household_contact_summary force row level security;
create policy household_contact_summary_in_scope on inburgering.household_contact_summary
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- Existing contacts (migrations run as the owner; row-level security is off for this statement).
alter table inburgering.household_contact_summary no force row level security;
alter table inburgering.contact_moment no force row level security;
alter table inburgering.contact_agreement no force row level security;
alter table inburgering.household no force row level security;
insert into inburgering.household_contact_summary (household_id, gemeente, last_contact, open_deadlines)
select h.id, h.gemeente, max(cm.datum),
       coalesce(array_agg(ca.deadline order by ca.deadline) filter (where ca.deadline is not null and ca.afgerond_op is null), '{}')
from inburgering.household h
join inburgering.contact_moment cm on cm.household_id = h.id
left join inburgering.contact_agreement ca on ca.contact_moment_id = cm.id
group by h.id, h.gemeente;
alter table inburgering.household force row level security;
alter table inburgering.contact_agreement force row level security;
alter table inburgering.contact_moment force row level security;
alter table inburgering.household_contact_summary force row level security;

-- The second wall behind AccessControl: PostgreSQL shows a session only the households (and their
-- members) of the municipalities that RowLevelSecurity.restrictTo(scope) set for the current
-- transaction. Without that setting no row is visible or writable: a forgotten check fails closed.
-- FORCE makes the policies apply to the table owner too; only superusers bypass them.
alter table inburgering.household enable row level security;
alter table inburgering.household force row level security;
create policy household_in_scope on inburgering.household
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

alter table inburgering.household_member enable row level security;
alter table inburgering.household_member force row level security;
create policy member_in_scope on inburgering.household_member
    using (exists (select 1 from inburgering.household h where h.id = household_id))
    with check (exists (select 1 from inburgering.household h where h.id = household_id));

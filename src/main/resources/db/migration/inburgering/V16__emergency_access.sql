-- Noodtoegang (break the glass): besides the municipalities in verbinder.gemeenten, the tables of a household's
-- data show the single households in verbinder.huishoudens, which RowLevelSecurity sets from the grants of
-- emergency access the actor holds (access.emergency_access; only on pages, only while a grant lasts). Lists
-- still filter by municipality, so such a household appears only where it is asked for by id.
create function inburgering.opened_in_emergency() returns uuid[] language sql stable as $$
    select cast(string_to_array(nullif(current_setting('verbinder.huishoudens', true), ''), ',') as uuid[])
$$;

drop policy household_in_scope on inburgering.household;
create policy household_in_scope on inburgering.household
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or id = any (inburgering.opened_in_emergency()));

drop policy intake_in_scope on inburgering.intake;
create policy intake_in_scope on inburgering.intake
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy pip_in_scope on inburgering.pip;
create policy pip_in_scope on inburgering.pip
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy contact_moment_in_scope on inburgering.contact_moment;
create policy contact_moment_in_scope on inburgering.contact_moment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy household_contact_summary_in_scope on inburgering.household_contact_summary;
create policy household_contact_summary_in_scope on inburgering.household_contact_summary
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy person_profile_in_scope on inburgering.person_profile;
create policy person_profile_in_scope on inburgering.person_profile
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy self_assessment_in_scope on inburgering.self_assessment;
create policy self_assessment_in_scope on inburgering.self_assessment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy uitstroom_in_scope on inburgering.uitstroom;
create policy uitstroom_in_scope on inburgering.uitstroom
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

drop policy ontzorging_in_scope on inburgering.ontzorging;
create policy ontzorging_in_scope on inburgering.ontzorging
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()));

-- The household's own municipality is told when a case manager of another one opened it in an emergency:
-- shown on the household page (EmergencyNotices, from access's EmergencyAccessOpened).
create table inburgering.emergency_notice (
    grant_id         uuid primary key,
    household_id     uuid        not null references inburgering.household (id),
    gemeente         text        not null,
    opened_by        text        not null,
    opened_by_gemeente text      not null,
    reason           text        not null,
    opened_at        timestamptz not null,
    until            timestamptz not null
);
create index emergency_notice_household on inburgering.emergency_notice (household_id, opened_at desc);

alter table inburgering.emergency_notice enable row level security;
alter table inburgering.emergency_notice force row level security;
create policy emergency_notice_in_scope on inburgering.emergency_notice
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ','))
        or household_id = any (inburgering.opened_in_emergency()))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- A person's background as the case manager records it with them: languages with level, education and
-- work history (ESCO occupations), talents and wishes in their own words. One row per person; the content
-- is one JSON document (a list of small value records), the row carries the optimistic-locking version.
create table inburgering.person_profile (
    person_id    uuid primary key,
    household_id uuid        not null references inburgering.household (id),
    gemeente     text        not null,
    inhoud       jsonb       not null,
    version      bigint      not null,
    changed_at   timestamptz not null,
    changed_by   uuid        not null
);
create index person_profile_household on inburgering.person_profile (household_id);

alter table inburgering.person_profile enable row level security;
alter table inburgering.person_profile force row level security;
create policy person_profile_in_scope on inburgering.person_profile
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

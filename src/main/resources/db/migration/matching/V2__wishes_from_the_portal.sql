-- Each time a newcomer changed their wishes and talents in the portal, adopted into their preferences: the
-- case manager sees it on the household's timeline, with the newcomer's own words. A redelivered event adds
-- nothing (one row per person and moment). Behind row-level security like the preferences.
create table matching.portal_wishes (
    person_id     uuid        not null,
    household_id  uuid        not null,
    gemeente      text        not null,
    voornaam      text        not null,
    talenten      text        not null,
    wensen        text        not null,
    changed_at    timestamptz not null,
    primary key (person_id, changed_at)
);
create index portal_wishes_household on matching.portal_wishes (household_id);
alter table matching.portal_wishes enable row level security;
alter table matching.portal_wishes force row level security;
create policy portal_wishes_in_scope on matching.portal_wishes
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

create schema if not exists matching;

-- Opportunities (kansen) offered by the region's organisations. No personal data: no row-level security.
-- One JSON document per opportunity; the columns beside it are what queries select on.
create table matching.kans (
    id              uuid primary key,
    organisatie_id  uuid    not null,
    soort           text    not null,
    gemeente        text    not null,
    gegevens        jsonb   not null,
    actief          boolean not null,
    version         bigint  not null
);
create index kans_soort on matching.kans (soort) where actief;

-- What a person wants for matching beyond their profile: interests, hours and days available, how far
-- they can travel. Per municipality, behind row-level security like the profile itself.
create table matching.voorkeur (
    person_id       uuid primary key,
    household_id    uuid     not null,
    gemeente        text     not null,
    interesses      text[]   not null,
    uren_per_week   integer  not null,
    dagen           text[]   not null,
    reisafstand_km  integer  not null,
    version         bigint   not null
);
alter table matching.voorkeur enable row level security;
alter table matching.voorkeur force row level security;
create policy voorkeur_in_scope on matching.voorkeur
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

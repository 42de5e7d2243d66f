create schema if not exists partner;

-- The social map of the region: formal and informal organisations, what they offer, for whom, where and in
-- which languages. One JSON document per organisation; the columns beside it are what queries select on.
create table partner.organisatie (
    id        uuid primary key,
    naam      text    not null,
    soort     text    not null,
    gemeenten text[]  not null,
    gegevens  jsonb   not null,
    version   bigint  not null
);
create index organisatie_naam on partner.organisatie (lower(naam));

-- Which accounts work for which organisation (accounts of the partner-worker role).
create table partner.medewerker (
    account_id      uuid primary key,
    organisatie_id  uuid not null references partner.organisatie (id)
);

-- The basis for sharing a household's data with one organisation for one purpose: consent (how it was
-- given, until when, withdrawn when) or a legal task. Nothing is deleted; withdrawal is a date.
create table partner.grondslag (
    id               uuid primary key,
    household_id     uuid        not null,
    person_id        uuid,
    gemeente         text        not null,
    organisatie_id   uuid        not null references partner.organisatie (id),
    soort            text        not null,
    doel             text        not null,
    categorieen      text[]      not null,
    wijze            text,
    getuige          text,
    wettelijke_taak  text,
    gegeven_op       date        not null,
    geldig_tot       date,
    ingetrokken_op   timestamptz,
    vastgelegd_door  uuid        not null,
    vastgelegd_op    timestamptz not null,
    version          bigint      not null
);
create index grondslag_household on partner.grondslag (household_id);

-- Referrals from a household member to an organisation (or one of its opportunities), with what was
-- shared as it was at the moment of sending, and every step after.
create table partner.doorverwijzing (
    id               uuid primary key,
    household_id     uuid        not null,
    person_id        uuid        not null,
    gemeente         text        not null,
    organisatie_id   uuid        not null references partner.organisatie (id),
    kans_id          uuid,
    grondslag_id     uuid        not null references partner.grondslag (id),
    reden            text        not null,
    gedeeld          jsonb       not null,
    status           text        not null,
    status_reden     text,
    verstuurd_op     timestamptz not null,
    reageren_voor    date        not null,
    verstuurd_door   uuid        not null,
    version          bigint      not null
);
create index doorverwijzing_household on partner.doorverwijzing (household_id);
create index doorverwijzing_organisatie on partner.doorverwijzing (organisatie_id, status);

create table partner.doorverwijzing_stap (
    doorverwijzing_id uuid        not null references partner.doorverwijzing (id),
    volgnummer        integer     not null,
    op                timestamptz not null,
    status            text        not null,
    tekst             text,
    door              text        not null,
    primary key (doorverwijzing_id, volgnummer)
);

-- Who else is involved with a household: an organisation or a person, in which role, since and until when.
-- Organisations that accepted a referral are involved through it and need no row here.
create table partner.betrokkenheid (
    id              uuid primary key,
    household_id    uuid not null,
    gemeente        text not null,
    organisatie_id  uuid references partner.organisatie (id),
    naam            text not null,
    rol             text not null,
    sinds           date not null,
    tot             date,
    contact         text not null
);
create index betrokkenheid_household on partner.betrokkenheid (household_id);

-- The second wall, as for households: rows of municipalities outside the transaction's scope are invisible.
alter table partner.grondslag enable row level security;
alter table partner.grondslag force row level security;
create policy grondslag_in_scope on partner.grondslag
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table partner.doorverwijzing enable row level security;
alter table partner.doorverwijzing force row level security;
create policy doorverwijzing_in_scope on partner.doorverwijzing
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table partner.betrokkenheid enable row level security;
alter table partner.betrokkenheid force row level security;
create policy betrokkenheid_in_scope on partner.betrokkenheid
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

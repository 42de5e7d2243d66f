create schema if not exists inburgering;

-- A household that a municipality guides through inburgering, with one responsible case manager.
create table inburgering.household (
    id               uuid primary key,
    gemeente         text        not null,
    adres            text        not null,
    postcode         text        not null,
    arrival_date     date        not null,
    case_manager_id  uuid        not null,
    registered_at    timestamptz not null,
    version          bigint      not null
);
create index household_gemeente on inburgering.household (gemeente, arrival_date desc);

-- The members of a household; person_id identifies the person as data subject (processing log).
create table inburgering.household_member (
    household_id  uuid    not null references inburgering.household (id) on delete cascade,
    position      integer not null,
    person_id     uuid    not null unique,
    voornaam      text    not null,
    achternaam    text    not null,
    geboortedatum date    not null,
    gezinsrol     text    not null,
    primary key (household_id, position)
);
create index household_member_name on inburgering.household_member (lower(achternaam), lower(voornaam));

create schema if not exists sleutelpersoon;

-- The regional pool. A key person's details are one JSON document (lists of languages, roles, domains,
-- municipalities, contracts, training); the columns beside it are what queries select on. Nothing is
-- deleted: a key person who leaves gets an end date and a reason.
create table sleutelpersoon.sleutelpersoon (
    id         uuid primary key,
    gegevens   jsonb  not null,
    woonplaats text   not null,
    einde      date,
    version    bigint not null
);

-- Requests from professionals, per municipality (row-level security as for households).
create table sleutelpersoon.verzoek (
    id               uuid primary key,
    soort            text    not null,
    talen            text[]  not null,
    rol              text    not null,
    domein           text,
    gemeente         text    not null,
    wijk             text    not null,
    van              date    not null,
    tot              date    not null,
    minuten          integer not null,
    urgentie         text    not null,
    household_id     uuid,
    doel             text    not null,
    aangevraagd_door uuid    not null,
    aangevraagd_op   timestamptz not null,
    status           text    not null check (status in ('OPEN', 'TOEGEWEZEN', 'AFGEROND', 'GEANNULEERD')),
    toegewezen_aan   uuid references sleutelpersoon.sleutelpersoon (id),
    version          bigint  not null
);
create index verzoek_gemeente on sleutelpersoon.verzoek (gemeente, status, van);
create index verzoek_sleutelpersoon on sleutelpersoon.verzoek (toegewezen_aan, van) where toegewezen_aan is not null;

alter table sleutelpersoon.verzoek enable row level security;
alter table sleutelpersoon.verzoek force row level security;
create policy verzoek_in_scope on sleutelpersoon.verzoek
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

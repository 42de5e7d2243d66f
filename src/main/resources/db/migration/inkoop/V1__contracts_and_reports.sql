create schema if not exists inkoop;

-- Contracts with providers of the social map: for one municipality or several (a regional contract), a
-- period, and the products bought with their price and capacity. No personal data: no row-level security;
-- the module shows a contract only to whom its municipalities are in scope.
create table inkoop.contract (
    id              uuid primary key,
    organisatie_id  uuid        not null,
    naam            text        not null check (length(naam) between 2 and 200),
    gemeenten       text[]      not null check (cardinality(gemeenten) > 0),
    ingang          date        not null,
    einde           date        not null check (einde >= ingang),
    vastgelegd_door uuid        not null,
    vastgelegd_op   timestamptz not null,
    version         bigint      not null
);
create index contract_organisatie on inkoop.contract (organisatie_id);

create table inkoop.product (
    id          uuid primary key,
    contract_id uuid          not null references inkoop.contract (id),
    soort       text          not null,
    omschrijving text         not null,
    eenheid     text          not null check (eenheid in ('TRAJECT', 'UUR')),
    prijs       numeric(10,2) not null check (prijs > 0),
    capaciteit  integer       not null check (capaciteit > 0),
    -- participants enrolled so far; raised under the row lock, never above the capacity
    ingeschreven integer      not null default 0 check (ingeschreven between 0 and capaciteit)
);
create index product_contract on inkoop.product (contract_id);

-- A participation (deelname): one referred person in one contracted product, from the provider's first
-- report until it ends (completed, or stopped with a reason). The referral it rests on is partner's; only
-- its id is kept here.
create table inkoop.deelname (
    id               uuid primary key,
    product_id       uuid        not null references inkoop.product (id),
    organisatie_id   uuid        not null,
    doorverwijzing_id uuid       not null,
    household_id     uuid        not null,
    person_id        uuid        not null,
    gemeente         text        not null,
    gestart_op       date        not null,
    einde            text check (einde in ('AFGEROND', 'GESTOPT')),
    geeindigd_op     date,
    einde_reden      text,
    version          bigint      not null
);
create unique index deelname_per_referral_product on inkoop.deelname (doorverwijzing_id, product_id);
create index deelname_person on inkoop.deelname (person_id);
create index deelname_household on inkoop.deelname (household_id);
create index deelname_product on inkoop.deelname (product_id);

-- Attendance as the provider reports it: per lesson (one lesson) or per week (several), lessons or a
-- workshop (with its theme), attended and missed, and the hours attended (what an hourly price counts).
create table inkoop.aanwezigheid (
    id           uuid primary key,
    deelname_id  uuid          not null references inkoop.deelname (id),
    gemeente     text          not null,
    datum        date          not null,
    soort        text          not null check (soort in ('LES', 'WORKSHOP')),
    thema        text,
    aanwezig     integer       not null check (aanwezig between 0 and 50),
    afwezig      integer       not null check (afwezig between 0 and 50),
    uren         numeric(5,2)  not null check (uren >= 0 and uren <= 80),
    gemeld_door  uuid          not null,
    gemeld_op    timestamptz   not null
);
create index aanwezigheid_deelname on inkoop.aanwezigheid (deelname_id, datum);
-- One report per participation, day, kind and theme: a file sent twice is refused, not counted twice.
create unique index aanwezigheid_once on inkoop.aanwezigheid (deelname_id, datum, soort, coalesce(thema, ''));

-- Exam and milestone results, and progress notes.
create table inkoop.resultaat (
    id           uuid primary key,
    deelname_id  uuid        not null references inkoop.deelname (id),
    gemeente     text        not null,
    datum        date        not null,
    soort        text        not null,
    behaald      boolean,
    toelichting  text check (length(toelichting) <= 2000),
    gemeld_door  uuid        not null,
    gemeld_op    timestamptz not null
);
create index resultaat_deelname on inkoop.resultaat (deelname_id, datum);

-- The second wall, as for households: rows of municipalities outside the transaction's scope are invisible.
alter table inkoop.deelname enable row level security;
alter table inkoop.deelname force row level security;
create policy deelname_in_scope on inkoop.deelname
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table inkoop.aanwezigheid enable row level security;
alter table inkoop.aanwezigheid force row level security;
create policy aanwezigheid_in_scope on inkoop.aanwezigheid
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table inkoop.resultaat enable row level security;
alter table inkoop.resultaat force row level security;
create policy resultaat_in_scope on inkoop.resultaat
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- Costs per participation from what was delivered: a price per trajectory counts once the participation
-- started, a price per hour counts the hours attended. Read by the module's cost queries.
create view inkoop.deelname_kosten as
select d.id as deelname_id, d.person_id, d.household_id, d.gemeente, d.organisatie_id, p.soort, p.eenheid,
       d.gestart_op,
       case p.eenheid when 'TRAJECT' then p.prijs
                      else p.prijs * coalesce((select sum(a.uren) from inkoop.aanwezigheid a
                                                where a.deelname_id = d.id), 0) end as kosten
from inkoop.deelname d join inkoop.product p on p.id = d.product_id;

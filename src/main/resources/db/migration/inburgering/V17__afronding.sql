-- A part of the integration obligation (PVT, MAP, KNM, the language exams at B1) completed outside a purchased
-- trajectory, as the case manager records it: an exam passed that no provider reports (BEHAALD), or an exemption,
-- a vrijstelling (on the grounds of a diploma) or an ontheffing (by decision; its reference in the toelichting).
-- One row per person and part, changed in place, deleted when withdrawn (a mistake); who recorded it and when.
create table inburgering.afronding (
    person_id    uuid        not null references inburgering.household_member (person_id) on delete cascade,
    household_id uuid        not null references inburgering.household (id) on delete cascade,
    gemeente     text        not null,
    onderdeel    text        not null check (onderdeel in ('PVT', 'MAP', 'KNM', 'TAALEXAMENS_B1')),
    wijze        text        not null check (wijze in ('BEHAALD', 'VRIJSTELLING', 'ONTHEFFING')),
    datum        date        not null,
    toelichting  text check (length(toelichting) <= 500),
    recorded_by  uuid        not null,
    recorded_at  timestamptz not null,
    primary key (person_id, onderdeel),
    check (wijze <> 'ONTHEFFING' or toelichting is not null)
);

alter table inburgering.afronding enable row level security;
alter table inburgering.afronding force row level security;
create policy afronding_in_scope on inburgering.afronding
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

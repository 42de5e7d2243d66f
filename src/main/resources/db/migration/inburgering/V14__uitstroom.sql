-- Outflow (uitstroom): where a person went on to, recorded by the case manager with the day it started: work
-- (hours a week, and whether it matches the level of their former work), education, volunteer work, or none
-- for now. A history, never changed: a later situation is a new row, so that figures can ask where people
-- were 6, 12 and 24 months after moving in. Arrival date and plan route stay with the household and the plan.
create table inburgering.uitstroom (
    id              uuid primary key,
    person_id       uuid        not null,
    household_id    uuid        not null references inburgering.household (id),
    gemeente        text        not null,
    soort           text        not null check (soort in ('WERK', 'OPLEIDING', 'VRIJWILLIGERSWERK', 'GEEN')),
    start_date      date        not null,
    uren_per_week   integer check (uren_per_week between 1 and 60),
    werkniveau      text check (werkniveau in ('PASSEND', 'LAGER', 'GEEN_EERDER_WERK')),
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null,
    check ((soort = 'WERK') = (uren_per_week is not null and werkniveau is not null)),
    check (soort = 'WERK' or (uren_per_week is null and werkniveau is null))
);
create index uitstroom_person on inburgering.uitstroom (person_id, start_date, recorded_at);
create index uitstroom_gemeente on inburgering.uitstroom (gemeente, soort, start_date);

create function inburgering.refuse_uitstroom_change() returns trigger language plpgsql as $$
begin
    raise exception 'an outflow is never changed; record a new one (% refused)', tg_op;
end
$$;
create trigger uitstroom_insert_only before update or delete on inburgering.uitstroom
    for each row execute function inburgering.refuse_uitstroom_change();

alter table inburgering.uitstroom enable row level security;
alter table inburgering.uitstroom force row level security;
create policy uitstroom_in_scope on inburgering.uitstroom
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

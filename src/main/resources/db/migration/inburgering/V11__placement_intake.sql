-- Which household a published placement registered for each placed candidate of a run: registering a
-- placed household happens once, however often the PlacementPublished event is delivered.
create table inburgering.placement_intake (
    placement_run uuid not null,
    candidate     text not null,
    gemeente      text not null,
    household_id  uuid not null references inburgering.household (id),
    primary key (placement_run, candidate)
);

alter table inburgering.placement_intake enable row level security;
alter table inburgering.placement_intake force row level security;
create policy placement_intake_in_scope on inburgering.placement_intake
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

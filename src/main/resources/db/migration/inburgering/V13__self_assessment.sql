-- The newcomer's own view of the 14 domains, given in the portal: per domain one of three answers (1 not
-- well, 2 so-so, 3 well) or none. Kept beside the case manager's intakes and, like them, never changed: a new
-- self-assessment is recorded instead, so that the newcomer's view can be followed over time.
create table inburgering.self_assessment (
    id            uuid primary key,
    person_id     uuid        not null,
    household_id  uuid        not null references inburgering.household (id),
    gemeente      text        not null,
    scores        jsonb       not null,
    recorded_at   timestamptz not null
);
create index self_assessment_person on inburgering.self_assessment (person_id, recorded_at);
create index self_assessment_household on inburgering.self_assessment (household_id);

create trigger self_assessment_insert_only before update or delete on inburgering.self_assessment
    for each row execute function inburgering.refuse_intake_change();

alter table inburgering.self_assessment enable row level security;
alter table inburgering.self_assessment force row level security;
create policy self_assessment_in_scope on inburgering.self_assessment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

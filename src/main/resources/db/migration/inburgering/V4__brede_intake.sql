-- The broad intake (brede intake): per person, assessments over the 14 domains of the Indicators of
-- Integration framework. An assessment is never changed afterwards; a new one is recorded instead, so
-- that change between any two is measurable.
create table inburgering.intake (
    id            uuid primary key,
    person_id     uuid        not null,
    household_id  uuid        not null references inburgering.household (id),
    gemeente      text        not null,
    assessed_on   date        not null,
    assessor_id   uuid        not null,
    recorded_at   timestamptz not null,
    version       bigint      not null
);
create index intake_person on inburgering.intake (person_id, assessed_on);

create table inburgering.intake_domain (
    intake_id   uuid    not null references inburgering.intake (id),
    position    integer not null,
    domein      text    not null,
    score       integer check (score between 1 and 5),
    notitie     text,
    eigen_visie text,
    primary key (intake_id, position)
);

create function inburgering.refuse_intake_change() returns trigger language plpgsql as $$
begin
    raise exception 'an intake is never changed; record a new one (% refused)', tg_op;
end
$$;
create trigger intake_insert_only before update or delete on inburgering.intake
    for each row execute function inburgering.refuse_intake_change();
create trigger intake_domain_insert_only before update or delete on inburgering.intake_domain
    for each row execute function inburgering.refuse_intake_change();

alter table inburgering.intake enable row level security;
alter table inburgering.intake force row level security;
create policy intake_in_scope on inburgering.intake
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table inburgering.intake_domain enable row level security;
alter table inburgering.intake_domain force row level security;
create policy intake_domain_in_scope on inburgering.intake_domain
    using (exists (select 1 from inburgering.intake i where i.id = intake_id))
    with check (exists (select 1 from inburgering.intake i where i.id = intake_id));

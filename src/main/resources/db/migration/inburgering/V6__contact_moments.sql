-- Contact moments with a household: when, how, who was there (with an interpreter or key person),
-- in which language, what was said, and the agreed next steps with their due dates.
create table inburgering.contact_moment (
    id            uuid primary key,
    household_id  uuid        not null references inburgering.household (id),
    gemeente      text        not null,
    datum         date        not null,
    kanaal        text        not null,
    aanwezigen    text[]      not null,
    vertolking    text        not null,
    taal          text,
    samenvatting  text        not null,
    recorded_by   uuid        not null,
    recorded_at   timestamptz not null,
    version       bigint      not null
);
create index contact_moment_household on inburgering.contact_moment (household_id, datum desc);

create table inburgering.contact_agreement (
    contact_moment_id uuid    not null references inburgering.contact_moment (id) on delete cascade,
    position          integer not null,
    omschrijving      text    not null,
    deadline          date    not null,
    afgerond_op       date,
    primary key (contact_moment_id, position)
);

alter table inburgering.contact_moment enable row level security;
alter table inburgering.contact_moment force row level security;
create policy contact_moment_in_scope on inburgering.contact_moment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table inburgering.contact_agreement enable row level security;
alter table inburgering.contact_agreement force row level security;
create policy contact_agreement_in_scope on inburgering.contact_agreement
    using (exists (select 1 from inburgering.contact_moment c where c.id = contact_moment_id))
    with check (exists (select 1 from inburgering.contact_moment c where c.id = contact_moment_id));

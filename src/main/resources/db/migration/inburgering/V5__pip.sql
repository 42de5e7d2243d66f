-- The PIP of a person, with every version. An established (vastgesteld) version is a decision and is
-- never changed; the trigger refuses it. Drafts may change until they are established.
create table inburgering.pip (
    id            uuid primary key,
    person_id     uuid   not null unique,
    household_id  uuid   not null references inburgering.household (id),
    gemeente      text   not null,
    geboortedatum date   not null,
    version       bigint not null
);

create table inburgering.pip_version (
    pip_id           uuid    not null references inburgering.pip (id),
    nummer           integer not null,
    status           text    not null check (status in ('CONCEPT', 'BESPROKEN', 'VASTGESTELD')),
    leerroute        text    not null,
    inhoud           jsonb   not null,
    besproken_op     date,
    visie_nieuwkomer text,
    vastgesteld_op   date,
    vastgesteld_door uuid,
    primary key (pip_id, nummer)
);

create function inburgering.refuse_established_pip_change() returns trigger language plpgsql as $$
begin
    if old.status = 'VASTGESTELD' then
        raise exception 'an established PIP version is never changed; revise it into a new version';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger pip_version_established_is_final before update or delete on inburgering.pip_version
    for each row execute function inburgering.refuse_established_pip_change();

alter table inburgering.pip enable row level security;
alter table inburgering.pip force row level security;
create policy pip_in_scope on inburgering.pip
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));
alter table inburgering.pip_version enable row level security;
alter table inburgering.pip_version force row level security;
create policy pip_version_in_scope on inburgering.pip_version
    using (exists (select 1 from inburgering.pip p where p.id = pip_id))
    with check (exists (select 1 from inburgering.pip p where p.id = pip_id));

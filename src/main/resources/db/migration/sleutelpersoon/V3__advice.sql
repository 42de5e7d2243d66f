-- Observations and advice from key persons and staff (e.g. newcomers stay away from a "spreekuur"
-- because to them it means a doctor's visit with a sick child), tagged with domain, municipality and
-- community, triaged by the coordinator with a response the author sees. Advice is about policy, not
-- about a person; its author is recorded.
create table sleutelpersoon.advies (
    id            uuid primary key,
    auteur_id     uuid        not null,
    auteur        text        not null,
    auteur_rol    text        not null,
    sleutelpersoon_id uuid references sleutelpersoon.sleutelpersoon (id),
    tekst         text        not null,
    domein        text,
    gemeente      text,
    gemeenschap   text,
    ingediend_op  timestamptz not null,
    status        text        not null check (status in ('NIEUW', 'IN_BEHANDELING', 'OPGEPAKT', 'NIET_OPGEPAKT')),
    reactie       text,
    beoordeeld_op date,
    version       bigint      not null
);
create index advies_status on sleutelpersoon.advies (status, ingediend_op desc);
create index advies_auteur on sleutelpersoon.advies (auteur_id, ingediend_op desc);

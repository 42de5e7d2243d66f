create schema if not exists placement;

-- A placement run: the waiting households (with what the intake needs once placed), the context the fit
-- model used, the weights, the quotas, and the result. Published runs are kept as they were published.
create table placement.run (
    id              uuid primary key,
    periode         text        not null,
    aangemaakt_op   timestamptz not null,
    aangemaakt_door uuid        not null,
    status          text        not null,
    bericht         text,
    gewichten       jsonb       not null,
    kandidaten      jsonb       not null,
    context         jsonb       not null,
    taakstellingen  jsonb       not null,
    vaste_plaatsing jsonb       not null,
    resultaat       jsonb,
    gepubliceerd_op timestamptz,
    basis_run       uuid,
    version         bigint      not null
);

-- Financial unburdening (ontzorgen): the municipality pays the household's fixed costs (rent, energy,
-- insurance) from its benefit in the first months after moving in. One row per household: from when, until
-- when (open while it runs), and whether a follow-up was agreed for when it ends (budget coaching, the
-- household paying itself with support). No row: not arranged. Changed in place; who changed it last and when.
create table inburgering.ontzorging (
    household_id        uuid primary key references inburgering.household (id),
    gemeente            text        not null,
    vanaf               date        not null,
    tot                 date,
    vervolg_afgesproken boolean     not null,
    changed_by          uuid        not null,
    changed_at          timestamptz not null,
    check (tot is null or tot >= vanaf)
);

alter table inburgering.ontzorging enable row level security;
alter table inburgering.ontzorging force row level security;
create policy ontzorging_in_scope on inburgering.ontzorging
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

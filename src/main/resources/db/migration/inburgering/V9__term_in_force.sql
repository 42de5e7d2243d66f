-- The plan in force (latest established version) on the plan row: its learning route and the four dates
-- of its term that decide the phase (Inburgeringstermijn.fase). Written by Pips with every change, read
-- by the caseload's filters, so they compare dates instead of unpacking JSON per household.
alter table inburgering.pip
    add column leerroute_in_force      text,
    add column termijn_start           date,
    add column termijn_eerste_jaar_tot date,
    add column termijn_laatste_halfjaar date,
    add column termijn_einde           date;

-- Existing plans (migrations run as the owner; row-level security is off for these statements).
alter table inburgering.pip no force row level security;
alter table inburgering.pip_version no force row level security;
with in_force as (
    select distinct on (v.pip_id) v.pip_id, v.leerroute, cast(v.inhoud ->> 'termijnStart' as date) as start,
           coalesce((select sum(cast(e ->> 'maanden' as int)) from jsonb_array_elements(v.inhoud -> 'verlengingen') e), 0) as maanden
    from inburgering.pip_version v
    where v.status = 'VASTGESTELD'
    order by v.pip_id, v.nummer desc),
ends as (
    -- Years first, then months, each clamped to the month's end: as LocalDate.plusYears(3).plusMonths(n).
    select pip_id, leerroute, start, cast(cast(start + interval '3 years' as date) + make_interval(months => cast(maanden as int)) as date) as einde
    from in_force)
update inburgering.pip p
set leerroute_in_force = e.leerroute, termijn_start = e.start,
    termijn_eerste_jaar_tot = cast(e.start + interval '1 year' as date),
    termijn_laatste_halfjaar = cast(e.einde - interval '6 months' as date), termijn_einde = e.einde
from ends e
where e.pip_id = p.id;
alter table inburgering.pip force row level security;
alter table inburgering.pip_version force row level security;

create index pip_household on inburgering.pip (household_id);

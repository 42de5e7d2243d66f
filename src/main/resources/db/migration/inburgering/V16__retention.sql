-- Destruction after the retention period (HouseholdFileRetention): intakes, self-assessments, outflows and
-- established plans are never changed, but a whole household file may be deleted when its retention has
-- passed. The retention run says so for its own transaction only (set_config('verbinder.destroying', 'on',
-- true)); any other delete is refused as before, and an update always.
create or replace function inburgering.refuse_intake_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('verbinder.destroying', true) = 'on' then
        return old;
    end if;
    raise exception 'an intake is never changed; record a new one (% refused)', tg_op;
end
$$;

create or replace function inburgering.refuse_uitstroom_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('verbinder.destroying', true) = 'on' then
        return old;
    end if;
    raise exception 'an outflow is never changed; record a new one (% refused)', tg_op;
end
$$;

create or replace function inburgering.refuse_established_pip_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('verbinder.destroying', true) = 'on' then
        return old;
    end if;
    if old.status = 'VASTGESTELD' then
        raise exception 'an established PIP version is never changed; revise it into a new version';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

-- Emergency access (break the glass): a case manager opens one household of another municipality of the
-- region for a limited time, after stating a reason. One row per grant: who, which household of which
-- municipality, why, from when until when, and whether it was ended early. The row is the reason that the
-- processing-log records under activity 'access.noodtoegang' refer to: a record names the actor, the
-- household's members and the time, and exactly one grant of that actor for that household covers that time.
-- Grants are kept: only ending one early changes its row, once.
create table access.emergency_access (
    id           uuid primary key,
    account_id   uuid        not null references access.account (id),
    actor        text        not null,
    actor_gemeente text      not null,
    household_id uuid        not null,
    gemeente     text        not null,
    reason       text        not null,
    granted_at   timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz,
    check (expires_at > granted_at),
    check (gemeente <> actor_gemeente),
    check (length(reason) > 0)
);
create index emergency_access_holder on access.emergency_access (account_id, household_id, expires_at);
create index emergency_access_recent on access.emergency_access (granted_at desc);

create function access.refuse_emergency_access_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.ended_at is null and new.ended_at is not null
           and (old.id, old.account_id, old.actor, old.actor_gemeente, old.household_id, old.gemeente, old.reason,
                old.granted_at, old.expires_at)
           is not distinct from (new.id, new.account_id, new.actor, new.actor_gemeente, new.household_id,
                new.gemeente, new.reason, new.granted_at, new.expires_at) then
        return new; -- ending the grant early, once
    end if;
    raise exception 'access.emergency_access keeps its grants (% refused)', tg_op;
end
$$;
create trigger emergency_access_kept before update or delete on access.emergency_access
    for each row execute function access.refuse_emergency_access_change();

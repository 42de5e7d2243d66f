-- Noodtoegang (break the glass): a case manager who must act for a household outside their municipality
-- opens it for a limited time after stating a reason. One row per grant: who, which household (and its own
-- municipality, which is told), why, from when until when. A grant is never changed (an expired one simply
-- stops counting); only retention removes it when its period has passed. Each use is a processing-log record whose subject is
-- the grant (subject type 'noodtoegang'), so the log leads to the reason.
create table access.emergency_access (
    id               uuid primary key,
    account_id       uuid        not null references access.account (id),
    account_name     text        not null,
    account_gemeente text        not null,
    household_id     uuid        not null,
    gemeente         text        not null,
    reason           text        not null check (length(btrim(reason)) between 1 and 1000),
    opened_at        timestamptz not null,
    until            timestamptz not null check (until > opened_at)
);
create index emergency_access_active on access.emergency_access (account_id, until);
create index emergency_access_recent on access.emergency_access (opened_at desc);

create function access.emergency_access_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'a grant of emergency access is never changed';
end $$;
create trigger emergency_access_insert_only before update on access.emergency_access
    for each row execute function access.emergency_access_unchanged();

-- Failed logins no longer lock the account row: anyone who knew a username could lock its owner out.
alter table access.account drop column failed_logins, drop column locked_until;

-- Failed password logins per key (see LoginThrottle): a username from one client address, a client
-- address for every username (username ''), or a username from every address (address ''). Usernames
-- are kept as typed (normalised), whether an account has them or not, so that an unknown name is
-- throttled exactly like a known one and the throttle does not tell them apart.
create table access.login_throttle (
    username        text        not null,
    address         text        not null,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    not_before      timestamptz,
    primary key (username, address),
    check (username <> '' or address <> '')
);

create index login_throttle_last_failure on access.login_throttle (last_failure_at);

-- The addresses an account logged in from (password or OIDC): failures of others do not delay it there.
create table access.login_address (
    username        text        not null,
    address         text        not null,
    last_success_at timestamptz not null,
    primary key (username, address)
);

create index login_address_last_success on access.login_address (last_success_at);

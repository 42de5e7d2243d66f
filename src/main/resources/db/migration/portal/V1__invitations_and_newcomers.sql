create schema if not exists portal;

-- Portal invitations: a one-time activation code for an adult member of a household, kept only as its
-- SHA-256 (the code has 60 random bits and lives 30 days, so a hash without salt is enough and lets the
-- activation find the invitation by it). The rows hold ids, the proposed login name and the letter's
-- language; the person's data stay in the inburgering module.
create table portal.invitation (
    id            uuid primary key,
    person_id     uuid        not null,
    household_id  uuid        not null,
    gemeente      text        not null,
    username      text        not null,
    language      text        not null,
    code_hash     text        not null unique,
    created_by    uuid        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    revoked_by    uuid,
    activated_at  timestamptz,
    account_id    uuid,
    check (not (revoked_at is not null and activated_at is not null))
);
create index invitation_household on portal.invitation (household_id, created_at desc);
create index invitation_person on portal.invitation (person_id);

-- A newcomer's activated account: which person it is (the link every portal read starts from) and the
-- language they chose, kept per person.
create table portal.newcomer (
    account_id    uuid primary key,
    person_id     uuid        not null unique,
    household_id  uuid        not null,
    gemeente      text        not null,
    language      text        not null,
    activated_at  timestamptz not null
);

-- Wrong activation codes per client address (see ActivationThrottle), as access.login_throttle does for
-- passwords: counted in the database so that every node agrees.
create table portal.activation_throttle (
    address         text primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    not_before      timestamptz
);

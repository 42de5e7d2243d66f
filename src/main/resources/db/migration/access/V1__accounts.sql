create schema if not exists access;

-- A person who works with Verbinder: staff of one municipality, or of the region (gemeente null).
create table access.account (
    id              uuid primary key,
    username        text        not null unique,
    display_name    text        not null,
    password_hash   text,
    role            text        not null,
    gemeente        text,
    oidc_subject    text unique,
    demo            boolean     not null default false,
    enabled         boolean     not null default true,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz not null,
    version         bigint      not null
);

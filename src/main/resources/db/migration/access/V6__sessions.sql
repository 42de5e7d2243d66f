-- Web sessions in the database, so that every application node serves every request: a login on one
-- node holds on the next (with its CSRF token and a pending OIDC authorisation request). The layout is
-- Spring Session JDBC's; its times are epoch milliseconds.
create table access.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on access.spring_session (session_id);
create index spring_session_ix2 on access.spring_session (expiry_time);
create index spring_session_ix3 on access.spring_session (principal_name);

create table access.spring_session_attributes (
    session_primary_id char(36)     not null references access.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

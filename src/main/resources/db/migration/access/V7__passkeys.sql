-- Passkeys (WebAuthn) of newcomers' accounts, in the tables Spring Security's JDBC repositories
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository) read and write, as its
-- PostgreSQL schema files define them. The repositories name the tables without a schema; access.Passkeys
-- gives them this schema for the length of each call (set local search_path).
-- user_entities: the WebAuthn user handle (a random id) of an account, by its username.
create table access.user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null unique,
    display_name varchar(200)
);

-- user_credentials: one row per passkey, with its public key, signature counter and the label the newcomer
-- gave it; no private key ever leaves the phone.
create table access.user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null references access.user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user on access.user_credentials (user_entity_user_id);

create schema if not exists notification;

-- The order in which Verbinder emits notifications: the CloudEvents "sequence" attribute (NL GOV profile),
-- one counter for the whole source, so that a subscriber can tell a later event from an earlier one.
create sequence notification.event_sequence;

-- The outbox: one row per CloudEvent and subscriber, written in the same transaction as the reaction to the
-- domain event, delivered by whichever node claims it (claimed_until is the lease). A row that failed
-- max-attempts times becomes DEAD (a dead letter) until an administrator sends it again. Only ids, codes and
-- URLs are kept here (the event as sent), no names or BSNs.
create table notification.outbox (
    id              uuid primary key,
    event_id        uuid        not null,
    subscriber      text        not null,
    url             text        not null,
    type            text        not null,
    subject         text        not null,
    gemeente        text,
    event           text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      uuid,
    claimed_until   timestamptz,
    last_error      text check (length(last_error) <= 500),
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (event_id, subscriber)
);
create index outbox_due on notification.outbox (next_attempt_at) where status = 'PENDING';
create index outbox_dead on notification.outbox (created_at) where status = 'DEAD';

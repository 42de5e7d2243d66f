-- Questions: one thread per newcomer with the case manager ("helpdesk"), in any language. The thread is
-- unanswered while its latest message is the newcomer's. The case manager of the household when asked is
-- kept with each message, so that the inbox reads its own rows without another module's tables.
create table portal.message (
    id               uuid primary key,
    person_id        uuid        not null,
    household_id     uuid        not null,
    gemeente         text        not null,
    case_manager_id  uuid        not null,
    from_newcomer    boolean     not null,
    author_id        uuid        not null,
    author_name      text        not null,
    body             text        not null check (length(body) between 1 and 2000),
    sent_at          timestamptz not null
);
create index message_person on portal.message (person_id, sent_at);
create index message_case_manager on portal.message (case_manager_id, sent_at);

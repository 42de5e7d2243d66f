create schema if not exists appointment;

-- Appointments a case manager plans with a household member: kind, time, place (an address, a video link
-- or a phone call), who will be there, whether an interpreter or key person comes, and the newcomer's
-- answer (confirmed, or another time asked for with a reason).
create table appointment.appointment (
    id            uuid primary key,
    household_id  uuid        not null,
    person_id     uuid        not null,
    gemeente      text        not null,
    kind          text        not null check (kind in ('GESPREK', 'HUISBEZOEK', 'INTAKE', 'PLAN', 'SLEUTELPERSOON', 'ORGANISATIE')),
    starts_at     timestamptz not null,
    minutes       integer     not null check (minutes between 5 and 480),
    place_kind    text        not null check (place_kind in ('ADRES', 'VIDEO', 'TELEFOON')),
    location      text check (length(location) <= 200),
    street        text check (length(street) <= 200),
    postcode      text check (length(postcode) <= 10),
    city          text check (length(city) <= 100),
    video_link    text check (length(video_link) <= 500),
    phone         text check (length(phone) <= 30),
    present       text[]      not null,
    interpreter   boolean     not null,
    key_person    boolean     not null,
    status        text        not null check (status in ('GEPLAND', 'BEVESTIGD', 'ANDER_TIJDSTIP_GEVRAAGD', 'GEANNULEERD')),
    reason        text check (length(reason) <= 500),
    answered_at   timestamptz,
    planned_by    uuid        not null,
    planned_at    timestamptz not null,
    version       bigint      not null
);
create index appointment_household on appointment.appointment (household_id, starts_at);
create index appointment_person on appointment.appointment (person_id, starts_at);

alter table appointment.appointment enable row level security;
alter table appointment.appointment force row level security;
create policy appointment_in_scope on appointment.appointment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- The e-mail address a newcomer gave for reminders of their appointments, and nothing else; with the
-- language the reminder is written in. Removing it stops reminders.
create table appointment.reminder_address (
    person_id  uuid primary key,
    gemeente   text        not null,
    email      text        not null check (length(email) between 3 and 254),
    language   text        not null,
    given_at   timestamptz not null
);
alter table appointment.reminder_address enable row level security;
alter table appointment.reminder_address force row level security;
create policy reminder_address_in_scope on appointment.reminder_address
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

-- The outbox of reminder mails: one row per appointment and time, due the day before. A sending node
-- claims a row with FOR UPDATE SKIP LOCKED, so two nodes never send the same one; a failure counts an
-- attempt and waits longer each time; after the last attempt the row stays, failed, for the case manager
-- to see and retry. Rows hold ids, times and the sending state only (the address and the appointment are
-- read under row-level security when sending, in the name of the account that planned the appointment or
-- another case manager of the municipality), so the outbox itself has no policy: the job reads it for
-- the whole region.
create table appointment.reminder (
    id               uuid primary key,
    appointment_id   uuid        not null references appointment.appointment (id),
    gemeente         text        not null,
    act_as           uuid        not null,
    starts_at        timestamptz not null,
    due_at           timestamptz not null,
    status           text        not null check (status in ('WACHTEND', 'VERSTUURD', 'MISLUKT', 'VERVALLEN')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text check (length(last_error) <= 500),
    sent_at          timestamptz
);
create unique index reminder_per_time on appointment.reminder (appointment_id, starts_at);
create index reminder_due on appointment.reminder (next_attempt_at) where status = 'WACHTEND';

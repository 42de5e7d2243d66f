-- The visit the coordinator planned for an accepted request at a household: the appointment (owned by the
-- appointment module, which the newcomer sees in the portal) that belongs to the request. One visit per request;
-- moving or cancelling it is done on the appointment. Row-level security as for the requests.
create table sleutelpersoon.visit_appointment (
    verzoek_id      uuid        primary key references sleutelpersoon.verzoek (id),
    appointment_id  uuid        not null,
    gemeente        text        not null,
    planned_at      timestamptz not null
);
alter table sleutelpersoon.visit_appointment enable row level security;
alter table sleutelpersoon.visit_appointment force row level security;
create policy visit_appointment_in_scope on sleutelpersoon.visit_appointment
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

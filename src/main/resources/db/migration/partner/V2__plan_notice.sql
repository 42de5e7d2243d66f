-- A notice on a referral that a plan (PIP) in its household was established while the organisation worked
-- with the household (accepted or started): the partner sees that the plan changed, never the plan itself.
-- One per referral and plan version, so a redelivered PipEstablished adds nothing.
create table partner.plan_notice (
    doorverwijzing_id uuid not null references partner.doorverwijzing (id),
    gemeente          text not null,
    pip_id            uuid not null,
    pip_versie        int  not null,
    vastgesteld_op    date not null,
    primary key (doorverwijzing_id, pip_id, pip_versie)
);

alter table partner.plan_notice enable row level security;
alter table partner.plan_notice force row level security;
create policy plan_notice_in_scope on partner.plan_notice
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

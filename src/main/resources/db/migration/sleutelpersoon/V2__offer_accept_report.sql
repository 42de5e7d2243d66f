-- The coordinator offers a request to a key person, who accepts or declines it; after the work the key
-- person reports the time spent, the kilometres travelled and what happened. Who declined is kept, so a
-- request is not offered to them again. A key person signs in with their own account.
alter table sleutelpersoon.verzoek drop constraint verzoek_status_check;
update sleutelpersoon.verzoek set status = 'GEACCEPTEERD' where status = 'TOEGEWEZEN';
alter table sleutelpersoon.verzoek add constraint verzoek_status_check
    check (status in ('OPEN', 'AANGEBODEN', 'GEACCEPTEERD', 'AFGEROND', 'GEANNULEERD'));
alter table sleutelpersoon.verzoek
    add column contact_voornaam text,
    add column geweigerd_door   uuid[] not null default '{}',
    add column minuten_besteed  integer,
    add column km_gereisd       integer,
    add column verslag          text,
    add column afgerond_op      date;

alter table sleutelpersoon.sleutelpersoon add column account_id uuid unique;

-- What kind of agreement a contact agreement is: an agreed next step (STAP), or the transition
-- agreement for a young person turning 18 (OVERGANG_18: from youth law to adult law), which the
-- monitoring module's rule TurningAdult looks for.
alter table inburgering.contact_agreement
    add column soort text not null default 'STAP' check (soort in ('STAP', 'OVERGANG_18'));

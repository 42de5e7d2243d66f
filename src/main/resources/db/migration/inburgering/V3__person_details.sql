-- Who a member is: sex, country of birth, nationality, residence permit date (which decides the legal
-- regime), and the identifiers BSN and V-number where known.
alter table inburgering.household_member
    add column geslacht           text,
    add column geboorteland       text,
    add column nationaliteit      text,
    add column verblijfsvergunning date,
    add column bsn                text,
    add column v_nummer           text;

-- A BSN belongs to one person; registering it twice is refused by the database as well.
create unique index household_member_bsn on inburgering.household_member (bsn) where bsn is not null;
create index household_member_birth on inburgering.household_member (geboortedatum);

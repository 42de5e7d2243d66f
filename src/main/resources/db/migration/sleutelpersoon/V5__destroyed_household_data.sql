-- When a household's inburgering file is destroyed after its retention period, its requests for a key person
-- stay as the key person's work (date, minutes, kilometres, status) about nobody: the link to the household,
-- the contact's first name, the purpose and the report's text (free text that may name or describe the
-- person) are cleared, and this mark says so, so that the empty purpose is read as removed, not as missing.
alter table sleutelpersoon.verzoek add column vernietigd boolean not null default false;
alter table sleutelpersoon.verzoek add constraint verzoek_vernietigd_leeg
    check (not vernietigd or (household_id is null and contact_voornaam is null and doel = ''
                              and coalesce(verslag, '') = ''));

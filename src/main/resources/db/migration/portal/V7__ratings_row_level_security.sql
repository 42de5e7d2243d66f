-- Ratings under row-level security, as every table with a person's data: a newcomer reads and writes the ratings of
-- their own municipality, staff summaries are counted over the municipalities of the caller's scope (the region for
-- aggregate figures), and a query outside any scope sees no rows.
alter table portal.rating enable row level security;
alter table portal.rating force row level security;
create policy rating_in_scope on portal.rating
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

alter table portal.activity_rating enable row level security;
alter table portal.activity_rating force row level security;
create policy activity_rating_in_scope on portal.activity_rating
    using (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')))
    with check (gemeente = any (string_to_array(current_setting('verbinder.gemeenten', true), ',')));

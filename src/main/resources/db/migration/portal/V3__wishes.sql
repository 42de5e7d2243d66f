-- Wishes and talents as the newcomer states them in the portal: what they can do and would like in their own
-- words, interests (tags the region's opportunities use), hours a week and free days. One row per person with
-- an optimistic version; the matching module adopts them into its preferences as a reaction (WishesChanged).
create table portal.wish (
    person_id      uuid        primary key,
    household_id   uuid        not null,
    gemeente       text        not null,
    talenten       text        not null check (length(talenten) <= 1000),
    wensen         text        not null check (length(wensen) <= 1000),
    interesses     text[]      not null,
    uren_per_week  integer     not null check (uren_per_week between 1 and 60),
    dagen          text[]      not null,
    changed_at     timestamptz not null,
    version        bigint      not null
);

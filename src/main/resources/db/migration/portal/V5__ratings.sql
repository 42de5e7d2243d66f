-- Ratings: what a newcomer thinks of an organisation that accepted a referral for them (or a minor child), on
-- four questions answered with faces (1 no, 2 a little, 3 yes) and a comment in any language. One rating per
-- referral, changeable by the newcomer. Staff read only aggregates per organisation, computed in SQL, and only
-- when at least five answers are behind them; the rater is never shown to anyone but the newcomer.
create table portal.rating (
    doorverwijzing_id  uuid     primary key,
    organisatie_id     uuid     not null,
    person_id          uuid     not null,
    gemeente           text     not null,
    geholpen           smallint not null check (geholpen between 1 and 3),
    respect            smallint not null check (respect between 1 and 3),
    begrepen           smallint not null check (begrepen between 1 and 3),
    aanraden           smallint not null check (aanraden between 1 and 3),
    toelichting        text     not null check (length(toelichting) <= 1000),
    rated_on           date     not null
);
create index rating_organisation on portal.rating (organisatie_id);
create index rating_person on portal.rating (person_id);

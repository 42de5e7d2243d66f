-- Ratings of activities: what a newcomer thinks of an activity of their plan in force (a course, a workshop; a
-- contracted product when it was bought), on the same four questions with faces and a comment in any language.
-- One rating per activity of the newcomer's plan (the key is made of the plan, provider, description and start),
-- changeable by the newcomer. The provider and description are kept as the plan named them, so that staff read
-- aggregates per activity and per provider, computed in SQL from at least five answers; the rater is never shown
-- to anyone but the newcomer.
create table portal.activity_rating (
    person_id     uuid     not null,
    activiteit    uuid     not null,
    product_id    uuid,
    aanbieder     text     not null,
    omschrijving  text     not null,
    gemeente      text     not null,
    geholpen      smallint not null check (geholpen between 1 and 3),
    respect       smallint not null check (respect between 1 and 3),
    begrepen      smallint not null check (begrepen between 1 and 3),
    aanraden      smallint not null check (aanraden between 1 and 3),
    toelichting   text     not null check (length(toelichting) <= 1000),
    rated_on      date     not null,
    primary key (person_id, activiteit)
);
create index activity_rating_provider on portal.activity_rating (lower(btrim(aanbieder)));

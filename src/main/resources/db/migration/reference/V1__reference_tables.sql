-- Reference data: read-only tables, (re)loaded from the CSV files in classpath:reference/ by
-- ReferenceDataImporter whenever a file's checksum changes. Other modules refer to these by code only.
create schema if not exists reference;

create table reference.dataset (
    name       text primary key,
    checksum   text        not null,
    rows       integer     not null,
    loaded_at  timestamptz not null
);

create table reference.provincie (
    code     text primary key,
    naam     text not null,
    inwoners integer
);

create table reference.arbeidsmarktregio (
    code     text primary key,
    naam     text not null,
    inwoners integer,
    lat      double precision,
    lon      double precision
);

create table reference.gemeente (
    code                   text primary key,
    naam                   text             not null,
    naam_alt               text,
    provincie_code         text             not null,
    arbeidsmarktregio_code text             not null,
    corop_code             text             not null,
    corop_naam             text             not null,
    centroid_lat           double precision not null,
    centroid_lon           double precision not null,
    label_lat              double precision not null,
    label_lon              double precision not null,
    inwoners               integer,
    oppervlakte_km2        double precision,
    bestuurscentrum        text,
    buurgemeenten          text[]           not null
);

create table reference.taal (
    code          text primary key,
    iso639_1      text,
    iso639_3      text,
    name_nl       text    not null,
    name_en       text    not null,
    autonym       text,
    direction     text    not null default 'ltr',
    display_nl    text,
    newcomer      boolean not null default false
);

create table reference.land (
    alpha2   text primary key,
    alpha3   text  not null,
    numeric  text  not null,
    name_nl  text  not null,
    name_en  text  not null,
    names    jsonb not null
);

create table reference.isco_group (
    code        text primary key,
    level       integer not null,
    parent_code text,
    label_nl    text,
    label_en    text    not null,
    label_fr    text,
    label_uk    text
);

create table reference.occupation (
    esco_uri      text primary key,
    esco_code     text    not null,
    isco_code     text    not null,
    label_nl      text    not null,
    label_en      text    not null,
    label_ar      text,
    label_fr      text,
    label_uk      text,
    alt_labels_nl text[]  not null,
    alt_labels_en text[]  not null,
    eu_regulated  boolean not null
);
create index occupation_isco on reference.occupation (isco_code);

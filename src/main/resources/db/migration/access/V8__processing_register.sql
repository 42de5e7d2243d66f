-- The register of processing activities (verwerkingsregister, AVG art. 30), kept in the application. The
-- activities come from the code (ProcessingRegister stores each as declared); a changed wording moves the
-- earlier one to the history with the period it was valid.
create table access.processing_activity (
    id              text primary key,
    purpose         text        not null,
    legal_basis     text        not null,
    data_categories text[]      not null default '{}',
    retention       text,       -- an ISO 8601 period, e.g. P5Y
    controller      text        not null default 'MUNICIPALITY' check (controller in ('MUNICIPALITY', 'REGION')),
    registered_at   timestamptz not null,
    changed_at      timestamptz not null
);

create table access.processing_activity_history (
    id              text        not null,
    purpose         text        not null,
    legal_basis     text        not null,
    data_categories text[]      not null,
    retention       text,
    controller      text        not null,
    valid_from      timestamptz not null,
    valid_until     timestamptz not null
);
create index processing_activity_history_id on access.processing_activity_history (id, valid_until);

-- Every activity the log already names, with its latest wording; the code completes the details at start.
insert into access.processing_activity (id, purpose, legal_basis, registered_at, changed_at)
select distinct on (activity) activity, purpose, legal_basis, occurred_at, occurred_at
from access.processing_log order by activity, seq desc;
-- Earlier wordings of the same activity stay readable in the history.
insert into access.processing_activity_history
    (id, purpose, legal_basis, data_categories, retention, controller, valid_from, valid_until)
select activity, purpose, legal_basis, '{}', null, 'MUNICIPALITY', min(occurred_at), max(occurred_at)
from access.processing_log l
where not exists (select 1 from access.processing_activity a
                  where a.id = l.activity and a.purpose = l.purpose and a.legal_basis = l.legal_basis)
group by activity, purpose, legal_basis;

-- New records refer to their activity by id; the records written before keep their text (which their hash
-- covers), and a record without text reads its activity's text from the register.
alter table access.processing_log alter column purpose drop not null;
alter table access.processing_log alter column legal_basis drop not null;

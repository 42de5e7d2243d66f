-- How staff can be reached for their work (a telephone number, an e-mail address), shown to whoever
-- works with them on a task: a key person on an accepted home visit sees the case manager's.
create table access.work_contact (
    account_id uuid primary key references access.account (id),
    telefoon   text,
    email      text
);

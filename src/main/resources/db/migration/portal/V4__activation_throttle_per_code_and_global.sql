-- The activation throttle counts wrong codes per key: a client address ('address ' || the address, as
-- before) and the code that was typed ('code ' || its SHA-256), the same code tried from every address.
alter table portal.activation_throttle rename column address to throttle_key;
update portal.activation_throttle set throttle_key = 'address ' || throttle_key;

-- Every wrong code, for the throttle over all addresses: a sliding window (ActivationThrottle.GLOBAL) that
-- every node reads, so that guessing spread over many addresses is bounded too. Rows older than the window
-- are deleted as new ones come in.
create table portal.activation_guess (
    at timestamptz not null
);
create index activation_guess_at on portal.activation_guess (at);

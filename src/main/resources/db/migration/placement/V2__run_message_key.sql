-- A failed run's message is a message key with its arguments, shown in the reader's language, instead of
-- the optimiser's English text. An earlier interruption keeps its meaning; other earlier failures become the
-- general one (their English detail is not shown again).
alter table placement.run add column bericht_argumenten text[] not null default '{}';
update placement.run
set bericht = case when bericht like 'Interrupted by a restart%' then 'placement.failed.interrupted'
                   else 'placement.failed.unexpected' end
where bericht is not null;

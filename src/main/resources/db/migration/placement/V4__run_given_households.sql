-- A run imported as an instance (the command line's format, or a CSV of households) holds its households as
-- the optimiser sees them, with their scores given, instead of candidates the fit model scores. Such a run
-- has no candidates (kandidaten is an empty array).
alter table placement.run add column huishoudens jsonb;

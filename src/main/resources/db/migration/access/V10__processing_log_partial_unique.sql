-- Records are no longer sealed in place (V9): every new record has no hash and no sealed_seq, yet the two
-- unique constraints of V2 and V3 still gave each one an index entry (a B-tree indexes nulls). Only the
-- records sealed by the old chain have values, and those stay unique: the indexes keep just them.
alter table access.processing_log drop constraint processing_log_hash_key;
create unique index processing_log_hash on access.processing_log (hash) where hash is not null;
alter table access.processing_log drop constraint processing_log_sealed_seq_key;
create unique index processing_log_sealed_seq on access.processing_log (sealed_seq) where sealed_seq is not null;

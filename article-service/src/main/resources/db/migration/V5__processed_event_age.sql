-- The retention sweep forgets consumed event ids by age in small batches; this keeps each batch a range scan.
create index processed_event_age on processed_event (processed_at);

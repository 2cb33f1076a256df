-- The retention sweep deletes old rows by age in small batches; these indexes make each batch a range scan of the
-- oldest rows instead of a scan of the whole table.
create index notification_created on notification (created_at);
create index webhook_delivery_finished on webhook_delivery (created_at) where status <> 'PENDING';
create index processed_event_age on processed_event (processed_at);

-- Retention and holidays.
--
-- The retention purge deletes old rows in small batches; these indexes let each batch find its
-- rows without scanning the table: processed inbox rows by when they were processed, threads by
-- their last activity, audit rows by time, outbox rows by their thread and by creation time.
--
-- holiday: the dates read from a workspace's iCalendar source (and the operator's default list),
-- replaced whole on each daily refresh; the business-time arithmetic adds them to the workspace's
-- own list in its settings.

create index inbox_processed_by_time on inbox (processed_at) where processed_at is not null;
create index thread_by_last_activity on thread (last_activity_at);
create index audit_log_by_time on audit_log (at);
create index outbox_by_thread on outbox (workspace_id, thread_root_key)
    where thread_root_key is not null;
create index outbox_by_creation on outbox (created_at);
create index message_tombstone_by_time on message_tombstone (deleted_at);

create table holiday (
    workspace_id bigint not null references workspace (id) on delete cascade,
    day          date   not null,
    -- where the date came from: 'ical' or 'configuration'
    source       text   not null,
    primary key (workspace_id, day)
);

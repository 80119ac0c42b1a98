-- Every event a platform delivers, stored before the platform is acknowledged. Unique on the
-- workspace and the event key, so a second delivery is a no-op.

create table inbox (
    id             bigint generated always as identity primary key,
    workspace_key  text        not null,
    event_key      text        not null,
    event_type     text        not null,
    -- The event without its text.
    payload        jsonb       not null,
    -- The message text, kept only until the row is processed (the norms read it), then erased.
    transient_text text,
    occurred_at    timestamptz not null,
    received_at    timestamptz not null,
    processed_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text,
    unique (workspace_key, event_key)
);

create index inbox_pending on inbox (id) where processed_at is null;

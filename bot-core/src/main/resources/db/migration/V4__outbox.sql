-- Every message the bot must send, written in the transaction that decided it and kept until
-- the platform accepted it.

create table outbox (
    id                  bigint generated always as identity primary key,
    workspace_id        bigint      not null references workspace (id) on delete cascade,
    kind                text        not null,
    channel_key         text,
    recipient_key       text,
    thread_root_key     text,
    payload             jsonb       not null,
    state               text        not null default 'pending'
                            check (state in ('pending', 'in_flight', 'sent', 'failed', 'shadowed')),
    not_before          timestamptz not null,
    attempts            integer     not null default 0,
    last_error          text,
    platform_message_id text,
    correlation_id      text,
    created_at          timestamptz not null,
    sent_at             timestamptz
);

create index outbox_pending_by_time on outbox (not_before) where state = 'pending';

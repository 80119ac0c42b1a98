-- Threads and the metadata of their messages. Message text is never stored here: only keys,
-- authors, times and flags derived from the text while it was in memory.

create table thread (
    id                bigint generated always as identity primary key,
    workspace_id      bigint      not null references workspace (id) on delete cascade,
    channel_id        bigint      not null references channel (id) on delete cascade,
    root_key          text        not null,
    author_member_id  bigint      references member (id) on delete set null,
    owner_member_id   bigint      references member (id) on delete set null,
    state             text        not null default 'open'
                          check (state in ('open', 'answered', 'overdue', 'stale', 'resolved')),
    reply_count       integer     not null default 0,
    participant_count integer     not null default 0,
    opened_at         timestamptz not null,
    first_reply_at    timestamptz,
    last_activity_at  timestamptz not null,
    summary_key       text,
    due_at            timestamptz,
    root_deleted      boolean     not null default false,
    resolved_at       timestamptz,
    resolved_via      text,
    unique (channel_id, root_key)
);

create index thread_by_workspace_opened on thread (workspace_id, opened_at);
create index thread_open_by_due on thread (due_at) where state in ('open', 'answered', 'overdue');

create table message (
    id               bigint generated always as identity primary key,
    workspace_id     bigint      not null references workspace (id) on delete cascade,
    channel_id       bigint      not null references channel (id) on delete cascade,
    message_key      text        not null,
    -- The thread this message belongs to: its own key for a root.
    root_key         text        not null,
    author_member_id bigint      references member (id) on delete set null,
    author_kind      text        not null check (author_kind in ('human', 'bot', 'self', 'system')),
    posted_at        timestamptz not null,
    edited_at        timestamptz,
    broadcast        boolean     not null default false,
    attachments      integer     not null default 0,
    -- Derived from the text in memory: question, link, summary, pressure:<rule>, …
    flags            text[]      not null default '{}',
    unique (channel_id, message_key)
);

create index message_by_thread on message (channel_id, root_key);
create index message_by_workspace_posted on message (workspace_id, posted_at);

-- Deleted messages, so that a late or replayed delivery of a deleted message is not resurrected.
create table message_tombstone (
    channel_id  bigint      not null references channel (id) on delete cascade,
    message_key text        not null,
    deleted_at  timestamptz not null,
    primary key (channel_id, message_key)
);

-- An /async ask form is posted by the bot as a new channel message. The bot's own message is the
-- thread root, and its key is only known once the outbox row was sent, so the owner and due time
-- wait here, by outbox row, until the root arrives.

create table pending_ask (
    outbox_id       bigint      primary key references outbox (id) on delete cascade,
    workspace_id    bigint      not null references workspace (id) on delete cascade,
    channel_id      bigint      not null references channel (id) on delete cascade,
    owner_member_id bigint      not null references member (id) on delete cascade,
    asker_member_id bigint      not null references member (id) on delete cascade,
    due_at          timestamptz not null,
    created_at      timestamptz not null
);

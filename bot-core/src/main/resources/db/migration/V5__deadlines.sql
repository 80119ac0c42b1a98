-- Due instants of reminders, escalations and prompts. Sweeps read only the pending rows that are
-- due, through the partial index, so their cost follows the due rows and not the pending ones.

create table deadline (
    id                  bigint generated always as identity primary key,
    workspace_id        bigint      not null references workspace (id) on delete cascade,
    thread_id           bigint      not null references thread (id) on delete cascade,
    kind                text        not null,
    due_at              timestamptz not null,
    recipient_member_id bigint      references member (id) on delete cascade,
    state               text        not null default 'pending'
                            check (state in ('pending', 'fired', 'cancelled')),
    created_at          timestamptz not null,
    fired_at            timestamptz
);

create index deadline_pending_by_due on deadline (due_at) where state = 'pending';
create index deadline_by_thread on deadline (thread_id);

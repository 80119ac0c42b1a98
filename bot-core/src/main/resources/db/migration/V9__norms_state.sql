-- What the norms remember between events: each thread's reply plan and reminder ladder, how many
-- nudges a member got in a channel today, and how many reminders this week; plus the one pending
-- norms check per thread in the deadline table.

alter table thread add column norms jsonb;

create table nudge_tally (
    member_id  bigint  not null references member (id) on delete cascade,
    channel_id bigint  not null references channel (id) on delete cascade,
    day        date    not null,
    count      integer not null check (count >= 0),
    primary key (member_id, channel_id)
);

create table reminder_tally (
    member_id  bigint  primary key references member (id) on delete cascade,
    week_start date    not null,
    count      integer not null check (count >= 0)
);

create unique index deadline_one_pending_norms_check
    on deadline (thread_id) where state = 'pending' and kind = 'norms_check';

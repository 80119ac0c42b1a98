-- The weekly report: each author's first message in one index probe (first-time contributors),
-- and the weeks already delivered to each workspace, so that a scheduled report is posted once
-- per workspace and week however often its job fires and on however many nodes.

create index message_first_by_author on message (workspace_id, author_member_id, posted_at, id)
    where author_kind = 'human';

create table report_delivery (
    workspace_id bigint      not null references workspace (id) on delete cascade,
    week         text        not null,
    delivered_at timestamptz not null,
    primary key (workspace_id, week)
);

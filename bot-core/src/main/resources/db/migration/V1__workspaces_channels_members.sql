-- Who and where: workspaces (a Slack workspace or a Discord server), their channels with the
-- channel's async policy, and members with their own time zone and working hours.
-- No names, no profile text: ids, settings and flags only.

create table workspace (
    id            bigint generated always as identity primary key,
    platform      text        not null check (platform in ('slack', 'discord')),
    external_id   text        not null,
    time_zone     text        not null default 'UTC',
    working_hours text        not null default 'Mon-Fri 09:00-17:00',
    settings      jsonb       not null default '{}'::jsonb,
    created_at    timestamptz not null default now(),
    unique (platform, external_id)
);

create table channel (
    id                            bigint generated always as identity primary key,
    workspace_id                  bigint      not null references workspace (id) on delete cascade,
    external_id                   text        not null,
    name                          text,
    archived                      boolean     not null default false,
    urgent                        boolean     not null default false,
    -- The reply window counts working time only: 8 hours is one working day of Mon-Fri 09:00-17:00.
    reply_window                  interval    not null default interval '8 hours',
    summary_reply_threshold       integer     not null default 20 check (summary_reply_threshold > 0),
    summary_participant_threshold integer     not null default 6 check (summary_participant_threshold > 0),
    summary_age_threshold         interval    not null default interval '3 days',
    -- Working hours for the channel when its members have none of their own; null = the workspace's.
    quiet_hours                   text,
    nudges_enabled                boolean     not null default true,
    shadow_mode                   boolean     not null default false,
    updated_at                    timestamptz not null default now(),
    unique (workspace_id, external_id)
);

create table member (
    id            bigint generated always as identity primary key,
    workspace_id  bigint      not null references workspace (id) on delete cascade,
    external_id   text        not null,
    time_zone     text,
    working_hours text,
    is_bot        boolean     not null default false,
    deleted       boolean     not null default false,
    opted_out     boolean     not null default false,
    updated_at    timestamptz not null default now(),
    unique (workspace_id, external_id)
);

-- Moderator actions, denials and configuration changes: who did what to what, and the outcome.

create table audit_log (
    id           bigint generated always as identity primary key,
    workspace_id bigint      references workspace (id) on delete cascade,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    target       text,
    outcome      text        not null,
    detail       jsonb       not null default '{}'::jsonb
);

create index audit_log_by_workspace_time on audit_log (workspace_id, at);

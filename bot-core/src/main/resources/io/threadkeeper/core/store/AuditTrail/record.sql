insert into audit_log (workspace_id, at, actor, action, target, outcome, detail)
values (:workspaceId, :at, :actor, :action, :target, :outcome, cast(:detail as jsonb))

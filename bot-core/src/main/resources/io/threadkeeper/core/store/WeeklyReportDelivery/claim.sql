-- Claims the week for the workspace; a second claim, on any node, waits for the first to commit
-- and then inserts nothing.
insert into report_delivery (workspace_id, week, delivered_at)
values (:workspaceId, :week, :now)
on conflict do nothing

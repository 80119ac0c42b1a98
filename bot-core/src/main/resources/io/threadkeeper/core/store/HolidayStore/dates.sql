select day from holiday where workspace_id = :workspaceId order by day

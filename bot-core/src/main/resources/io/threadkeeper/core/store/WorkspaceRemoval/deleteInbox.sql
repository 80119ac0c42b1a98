delete from inbox where workspace_key = :workspaceKey and event_key <> :keep

delete from installation where workspace_key = :workspaceKey

delete from holiday where workspace_id = :workspaceId and source = :source

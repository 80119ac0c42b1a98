select external_id, name, urgent, archived
  from channel
 where workspace_id = :workspaceId
 order by name, external_id

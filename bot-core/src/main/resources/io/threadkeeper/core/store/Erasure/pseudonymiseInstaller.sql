update installation
   set installer_id = :pseudonym
 where workspace_key = :workspaceKey and installer_id = :externalId

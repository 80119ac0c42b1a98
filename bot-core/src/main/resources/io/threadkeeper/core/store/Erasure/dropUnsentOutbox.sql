delete from outbox
 where workspace_id = :workspaceId
   and recipient_key = :externalId
   and state in ('pending', 'shadowed')

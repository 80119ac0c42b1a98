select explanation ->> 'sentence'
  from outbox
 where workspace_id = :workspaceId
   and recipient_key = :recipient
   and explanation is not null
   and state <> 'shadowed'
 order by id desc
 limit 1

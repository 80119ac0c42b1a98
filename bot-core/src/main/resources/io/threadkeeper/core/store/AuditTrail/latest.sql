select at, actor, action, target, outcome
  from audit_log
 where workspace_id = :workspaceId
 order by at desc, id desc
 limit :limit

select o.kind, count(*) as count
  from outbox o
  join workspace w on w.id = o.workspace_id
 where w.platform = :platform and w.external_id = :workspace
 group by o.kind
 order by min(o.not_before)

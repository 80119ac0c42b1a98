select o.purpose as kind, count(*) as count
  from outbox o
  join workspace w on w.id = o.workspace_id
 where w.platform = :platform and w.external_id = :workspace
   and o.purpose is not null
 group by o.purpose
 order by min(o.not_before)

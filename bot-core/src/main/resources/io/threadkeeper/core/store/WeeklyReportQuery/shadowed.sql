-- What shadow mode held back: rows that would have been sent in [:from, :to).
select coalesce(purpose, kind) as purpose, count(*) as held
  from outbox
 where workspace_id = :workspaceId and state = 'shadowed'
   and not_before >= :from and not_before < :to
 group by 1

-- Served by the partial index deadline_pending_by_due: the cost follows the due rows only.
select id, workspace_id, thread_id, kind, due_at, recipient_member_id, attempts
  from deadline
 where state = 'pending' and due_at <= :now
 order by due_at
 limit :limit
   for update skip locked

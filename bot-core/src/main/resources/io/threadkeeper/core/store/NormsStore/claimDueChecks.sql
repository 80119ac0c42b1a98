select d.id as deadline_id, d.workspace_id, t.channel_id, t.root_key, d.due_at
  from deadline d
  join thread t on t.id = d.thread_id
 where d.state = 'pending'
   and d.kind = 'norms_check'
   and d.due_at <= :now
 order by d.due_at
 limit :limit
   for update of d skip locked

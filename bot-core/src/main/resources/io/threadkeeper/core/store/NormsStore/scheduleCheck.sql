insert into deadline (workspace_id, thread_id, kind, due_at, state, created_at)
values (:workspaceId, :threadId, 'norms_check', :dueAt, 'pending', :now)
on conflict (thread_id) where state = 'pending' and kind = 'norms_check'
do update set due_at = excluded.due_at

select c.external_id as channel, t.root_key,
       coalesce(t.due_at, (t.norms -> 'plan' ->> 'dueAt')::timestamptz) as due_at, t.state
  from thread t
  join channel c on c.id = t.channel_id
 where t.workspace_id = :workspaceId
   and t.owner_member_id = :memberId
   and t.state <> 'resolved'
 order by 3 nulls last, t.opened_at
 limit :limit

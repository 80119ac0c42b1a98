select c.external_id as channel_key, t.root_key, t.opened_at, t.first_reply_at, t.due_at,
       t.resolved_at, t.root_deleted,
       extract(epoch from c.reply_window)::bigint as reply_window_seconds
  from thread t
  join channel c on c.id = t.channel_id
 where t.workspace_id = :workspaceId and t.opened_at >= :from and t.opened_at < :to
 order by t.opened_at, t.id

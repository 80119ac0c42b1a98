-- Threads opened in [:from, :to), and those opened in [:lookBack, :from) that may still be
-- overdue at the end of a period: unanswered, unresolved and with their root at :from.
select c.external_id as channel_key, t.root_key, t.opened_at, t.first_reply_at, t.due_at,
       t.resolved_at, t.root_deleted,
       extract(epoch from c.reply_window)::bigint as reply_window_seconds
  from thread t
  join channel c on c.id = t.channel_id
 where t.workspace_id = :workspaceId and t.opened_at >= :lookBack and t.opened_at < :to
   and (t.opened_at >= :from
        or not t.root_deleted
           and (t.first_reply_at is null or t.first_reply_at >= :from)
           and (t.resolved_at is null or t.resolved_at >= :from))
 order by t.opened_at, t.id

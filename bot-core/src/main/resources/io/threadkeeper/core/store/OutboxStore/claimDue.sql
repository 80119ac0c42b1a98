select o.id, w.platform, w.external_id, o.kind, o.channel_key, o.thread_root_key,
       o.recipient_key, o.payload::text as payload, o.correlation_id, o.attempts
  from outbox o
  join workspace w on w.id = o.workspace_id
 where o.state = 'pending'
   and o.not_before <= :now
   and w.platform = any(:platforms)
 order by o.not_before, o.id
 limit :limit
   for update of o skip locked

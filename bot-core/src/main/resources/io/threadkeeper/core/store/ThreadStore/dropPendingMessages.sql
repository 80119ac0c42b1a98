update outbox o
   set state = 'failed', last_error = 'thread_deleted'
  from channel c
 where c.id = :channelId
   and o.workspace_id = c.workspace_id
   and o.state = 'pending'
   and ((o.channel_key = c.external_id and o.thread_root_key = :rootKey)
        or (o.explanation ->> 'channel' = c.external_id and o.explanation ->> 'thread' = :rootKey))

select c.external_id as channel_key, m.posted_at
  from message m
  join channel c on c.id = m.channel_id
 where m.workspace_id = :workspaceId and m.author_kind = 'human'
   and m.posted_at >= :from and m.posted_at < :to

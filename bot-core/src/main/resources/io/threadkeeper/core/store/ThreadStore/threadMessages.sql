select m.message_key, m.root_key, a.external_id as author, m.author_kind, m.posted_at,
       m.broadcast, m.flags
  from message m
  left join member a on a.id = m.author_member_id
 where m.channel_id = :channelId
   and m.root_key = :rootKey
 order by m.posted_at, m.message_key

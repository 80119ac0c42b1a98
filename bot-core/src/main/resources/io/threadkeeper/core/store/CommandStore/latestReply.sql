select message_key
  from message
 where channel_id = :channelId
   and root_key = :rootKey
   and message_key <> root_key
   and author_member_id = :memberId
 order by posted_at desc, id desc
 limit 1

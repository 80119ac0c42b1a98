select id, norms::text as norms
  from thread
 where channel_id = :channelId
   and root_key = :rootKey

select exists (select 1 from message_tombstone where channel_id = :channelId and message_key = :key)

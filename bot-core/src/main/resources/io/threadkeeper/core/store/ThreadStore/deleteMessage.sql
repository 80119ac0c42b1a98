delete from message where channel_id = :channelId and message_key = :key

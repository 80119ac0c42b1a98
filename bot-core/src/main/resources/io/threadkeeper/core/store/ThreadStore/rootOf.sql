select root_key from message where channel_id = :channelId and message_key = :key

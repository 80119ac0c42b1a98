delete from thread where channel_id = :channelId and root_key = :rootKey

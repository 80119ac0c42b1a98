update thread set summary_key = :summaryKey where channel_id = :channelId and root_key = :rootKey

select day as period, count from nudge_tally where member_id = :memberId and channel_id = :channelId

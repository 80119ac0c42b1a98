select <column>::text from channel where id = :channelId

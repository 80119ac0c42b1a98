update channel set <column> = cast(:value as <type>), updated_at = now() where id = :channelId

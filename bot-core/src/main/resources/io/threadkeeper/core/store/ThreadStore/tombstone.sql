insert into message_tombstone (channel_id, message_key, deleted_at)
values (:channelId, :key, :at)
on conflict do nothing

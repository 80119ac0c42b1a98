update message
   set edited_at = greatest(edited_at, :editedAt),
       flags = :flags
 where channel_id = :channelId
   and message_key = :messageKey
   and (edited_at is null or edited_at <= :editedAt)

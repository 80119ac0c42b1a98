update outbox
   set state = 'sent', platform_message_id = :platformMessageId, sent_at = :now,
       last_error = :note, claimed_at = null
 where id = :id and state = 'in_flight' and claimed_at = :claimedAt

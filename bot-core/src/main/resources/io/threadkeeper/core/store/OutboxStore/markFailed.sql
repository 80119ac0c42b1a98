update outbox
   set state = 'failed', last_error = :error, claimed_at = null
 where id = :id and state = 'in_flight' and claimed_at = :claimedAt

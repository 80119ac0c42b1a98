update outbox
   set state = 'pending', not_before = :notBefore, last_error = :error, claimed_at = null
 where id = :id and state = 'in_flight' and claimed_at = :claimedAt

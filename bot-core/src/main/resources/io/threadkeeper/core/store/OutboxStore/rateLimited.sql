-- A rate-limit wait is not a failed attempt, so the attempt counted at the claim is given back.
update outbox
   set state = 'pending', not_before = :notBefore, attempts = attempts - 1, last_error = :error,
       claimed_at = null
 where id = :id and state = 'in_flight' and claimed_at = :claimedAt

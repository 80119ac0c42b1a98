update outbox
   set state = 'in_flight', claimed_at = :now, attempts = attempts + 1
 where id = :id and state = 'pending'

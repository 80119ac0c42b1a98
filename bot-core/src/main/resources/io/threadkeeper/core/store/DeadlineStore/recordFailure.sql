update deadline
   set attempts = attempts + 1, last_error = :error, due_at = :retryAt
 where id = :id and state = 'pending'

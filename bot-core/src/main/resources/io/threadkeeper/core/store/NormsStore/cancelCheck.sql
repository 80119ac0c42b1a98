update deadline set state = 'cancelled'
 where thread_id = :threadId and state = 'pending' and kind = 'norms_check'

update deadline
   set state = 'cancelled'
 where id = :id and state = 'pending'

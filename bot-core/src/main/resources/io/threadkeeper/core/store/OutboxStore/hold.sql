update outbox
   set not_before = :notBefore
 where id = :id and state = 'pending'

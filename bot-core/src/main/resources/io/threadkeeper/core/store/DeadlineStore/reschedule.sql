update deadline
   set due_at = :dueAt
 where id = :id and state = 'pending'

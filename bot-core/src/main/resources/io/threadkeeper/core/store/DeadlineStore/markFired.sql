-- A changed due_at means the handler rescheduled the deadline instead of firing it.
update deadline
   set state = 'fired', fired_at = :now
 where id = :id and state = 'pending' and due_at = :dueAt

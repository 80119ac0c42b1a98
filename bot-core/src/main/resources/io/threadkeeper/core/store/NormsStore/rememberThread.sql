update thread
   set norms = cast(:norms as jsonb),
       state = coalesce(:state, state)
 where id = :threadId

select min(due_at) from deadline
 where state = 'pending' and kind = 'norms_check' and due_at <= :until

update deadline set state = 'fired', fired_at = :now where id = :deadlineId

update member set working_hours = :hours, updated_at = now() where id = :memberId

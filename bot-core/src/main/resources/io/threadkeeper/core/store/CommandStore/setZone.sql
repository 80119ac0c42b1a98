update member set time_zone = coalesce(:zone, time_zone), time_zone_chosen = :chosen, updated_at = now()
 where id = :memberId

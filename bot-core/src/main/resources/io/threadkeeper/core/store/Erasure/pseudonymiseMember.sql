update member
   set external_id = :pseudonym, time_zone = null, working_hours = null,
       time_zone_chosen = false, opted_out = true, updated_at = now()
 where id = :memberId

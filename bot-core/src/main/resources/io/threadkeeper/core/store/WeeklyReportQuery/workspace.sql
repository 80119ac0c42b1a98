select id, time_zone, working_hours
  from workspace
 where platform = :platform and external_id = :externalId

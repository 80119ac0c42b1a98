select id, platform, external_id, settings ->> 'holidays_ical' as ical
  from workspace
 order by id

-- Every workspace that has somewhere to send its weekly report, with its zone and schedule setting.
select platform, external_id, time_zone, settings ->> 'report_schedule' as schedule
  from workspace
 where coalesce(settings ->> 'report_channel', '') <> ''
    or jsonb_array_length(case jsonb_typeof(settings -> 'report_recipients')
                              when 'array' then settings -> 'report_recipients'
                              else '[]'::jsonb end) > 0
 order by platform, external_id

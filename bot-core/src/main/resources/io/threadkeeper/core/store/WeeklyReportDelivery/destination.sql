-- Where a workspace's weekly report goes, from its settings: a channel, members by direct message.
select id, time_zone,
       settings ->> 'report_channel' as channel,
       coalesce(settings -> 'report_recipients', '[]'::jsonb)::text as recipients
  from workspace
 where platform = :platform and external_id = :externalId

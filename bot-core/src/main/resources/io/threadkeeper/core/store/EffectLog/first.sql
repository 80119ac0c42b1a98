select o.purpose as kind, o.state, coalesce(c.name, o.channel_key, o.explanation ->> 'channel') as channel,
       coalesce(o.recipient_key, 'the thread') as recipient_key, o.not_before,
       o.explanation ->> 'recipientZone' as zone, o.payload ->> 'title' as title,
       o.explanation ->> 'sentence' as reason
  from outbox o
  join workspace w on w.id = o.workspace_id
  left join channel c on c.workspace_id = o.workspace_id
       and c.external_id = coalesce(o.channel_key, o.explanation ->> 'channel')
 where w.platform = :platform and w.external_id = :workspace
   and o.purpose is not null
 order by o.not_before, o.id
 limit :limit

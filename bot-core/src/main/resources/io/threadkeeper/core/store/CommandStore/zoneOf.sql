select coalesce(m.time_zone, w.time_zone)
  from workspace w
  left join member m on m.id = :memberId
 where w.id = :workspaceId

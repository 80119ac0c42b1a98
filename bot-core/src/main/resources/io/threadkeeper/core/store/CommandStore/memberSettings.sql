select w.id as workspace_id, m.id as member_id,
       coalesce(m.time_zone, w.time_zone) as zone,
       coalesce(m.time_zone_chosen, false) as zone_chosen,
       m.time_zone is not null as own_zone,
       coalesce(m.working_hours, w.working_hours) as hours,
       m.working_hours is not null as own_hours,
       coalesce(m.opted_out, false) as opted_out
  from workspace w
  left join member m on m.workspace_id = w.id and m.external_id = :member
 where w.platform = :platform and w.external_id = :workspace

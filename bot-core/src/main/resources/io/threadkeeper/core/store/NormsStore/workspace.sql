select platform, external_id, time_zone, working_hours,
       coalesce((settings ->> 'shadow')::boolean, false) as shadow
  from workspace
 where id = :workspaceId

select platform, external_id, time_zone, working_hours,
       coalesce((settings ->> 'shadow')::boolean, false) as shadow,
       coalesce(settings -> 'holidays', '[]'::jsonb)::text as holidays
  from workspace
 where id = :workspaceId

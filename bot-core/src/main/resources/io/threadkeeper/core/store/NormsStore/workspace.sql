-- Holidays: the workspace's own list in its settings, plus the dates of its holiday calendar.
select platform, external_id, time_zone, working_hours,
       coalesce((settings ->> 'shadow')::boolean, false) as shadow,
       (coalesce(settings -> 'holidays', '[]'::jsonb)
        || coalesce((select jsonb_agg(h.day) from holiday h where h.workspace_id = workspace.id),
                    '[]'::jsonb))::text as holidays
  from workspace
 where id = :workspaceId

select external_id, time_zone, working_hours
  from member
 where workspace_id = :workspaceId
   and external_id in (<externalIds>)

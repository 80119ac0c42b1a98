select time_zone from workspace where id = :workspaceId

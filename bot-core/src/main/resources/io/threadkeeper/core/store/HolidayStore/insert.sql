insert into holiday (workspace_id, day, source)
values (:workspaceId, :day, :source)
on conflict (workspace_id, day) do nothing

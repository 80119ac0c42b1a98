insert into deadline (workspace_id, thread_id, kind, due_at, recipient_member_id, created_at)
values (:workspaceId, :threadId, :kind, :dueAt, :recipientMemberId, :now)
returning id

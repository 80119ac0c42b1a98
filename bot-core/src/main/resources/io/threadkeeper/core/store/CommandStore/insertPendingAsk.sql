insert into pending_ask (outbox_id, workspace_id, channel_id, owner_member_id, asker_member_id,
                         due_at, created_at)
values (:outboxId, :workspaceId, :channelId, :ownerId, :askerId, :dueAt, :now)

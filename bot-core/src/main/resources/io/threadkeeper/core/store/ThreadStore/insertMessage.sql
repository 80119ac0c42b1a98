insert into message (workspace_id, channel_id, message_key, root_key, author_member_id,
                     author_kind, posted_at, broadcast, attachments, flags)
values (:workspaceId, :channelId, :messageKey, :rootKey, :authorId,
        :authorKind, :postedAt, :broadcast, :attachments, :flags)
on conflict (channel_id, message_key) do nothing

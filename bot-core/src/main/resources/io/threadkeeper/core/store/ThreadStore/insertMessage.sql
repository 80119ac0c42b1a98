insert into message (workspace_id, channel_id, message_key, root_key, author_member_id,
                     author_kind, posted_at, broadcast, attachments, flags)
select :workspaceId, :channelId, :messageKey, :rootKey, :authorId,
       :authorKind, :postedAt, :broadcast, :attachments, :flags
 where not exists (select 1 from message_tombstone
                    where channel_id = :channelId and message_key = :messageKey)
on conflict (channel_id, message_key) do nothing

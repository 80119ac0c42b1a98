insert into thread (workspace_id, channel_id, root_key, author_member_id, owner_member_id, state,
                    reply_count, participant_count, opened_at, first_reply_at, last_activity_at,
                    summary_key, due_at, root_deleted, resolved_at, resolved_via)
values (:workspaceId, :channelId, :t.rootKey, :authorId, :ownerId, :state,
        :t.replyCount, :t.participantCount, :t.openedAt, :t.firstReplyAt, :t.lastActivityAt,
        :t.summaryKey, :t.dueAt, :t.rootDeleted, :t.resolvedAt, :t.resolvedVia)
on conflict (channel_id, root_key) do update
   set author_member_id = excluded.author_member_id,
       owner_member_id = excluded.owner_member_id,
       state = excluded.state,
       reply_count = excluded.reply_count,
       participant_count = excluded.participant_count,
       opened_at = excluded.opened_at,
       first_reply_at = excluded.first_reply_at,
       last_activity_at = excluded.last_activity_at,
       summary_key = excluded.summary_key,
       due_at = excluded.due_at,
       root_deleted = excluded.root_deleted,
       resolved_at = excluded.resolved_at,
       resolved_via = excluded.resolved_via

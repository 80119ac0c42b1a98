select t.root_key, a.external_id as author, o.external_id as owner, t.state, t.reply_count,
       t.participant_count, t.opened_at, t.first_reply_at, t.last_activity_at, t.summary_key,
       t.due_at, t.root_deleted, t.resolved_at, t.resolved_via
  from thread t
  left join member a on a.id = t.author_member_id
  left join member o on o.id = t.owner_member_id
 where t.channel_id = :channelId
   and t.root_key = :rootKey

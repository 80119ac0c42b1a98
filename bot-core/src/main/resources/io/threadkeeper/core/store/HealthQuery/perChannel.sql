select c.external_id, c.name, c.urgent, c.archived,
       count(t.id) as threads,
       count(t.first_reply_at) as answered,
       count(t.id) filter (where t.reply_count = 0 and not t.root_deleted) as ghosts,
       coalesce(sum(t.reply_count), 0) as replies,
       count(t.id) filter (where t.reply_count >= c.summary_reply_threshold
                              or t.participant_count >= c.summary_participant_threshold)
           as long_threads,
       count(t.id) filter (where (t.reply_count >= c.summary_reply_threshold
                              or t.participant_count >= c.summary_participant_threshold)
                             and t.summary_key is null) as long_without_summary,
       count(t.id) filter (where t.state = 'resolved') as resolved,
       (select count(distinct m.author_member_id) from message m
         where m.channel_id = c.id and m.author_kind = 'human'
           and m.posted_at >= :from and m.posted_at < :to) as participants,
       percentile_cont(0.5) within group (
           order by extract(epoch from t.first_reply_at - t.opened_at)) as median_seconds,
       percentile_cont(0.9) within group (
           order by extract(epoch from t.first_reply_at - t.opened_at)) as p90_seconds
  from channel c
  join workspace w on w.id = c.workspace_id
  left join thread t on t.channel_id = c.id and t.opened_at >= :from and t.opened_at < :to
 where w.platform = :platform and w.external_id = :workspace
 group by c.id
 order by count(t.id) desc, c.name

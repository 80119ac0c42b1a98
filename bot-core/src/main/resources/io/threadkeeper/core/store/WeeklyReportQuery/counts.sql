-- One row per channel of the workspace (channel_id set) and one for the whole workspace
-- (channel_id null): what PostgreSQL can count for [:from, :to) without the working calendar.
with started as (
    select t.channel_id, t.first_reply_at, t.reply_count, t.root_deleted, t.owner_member_id,
           t.summary_key, t.resolved_at,
           (t.reply_count >= c.summary_reply_threshold
            or t.participant_count >= c.summary_participant_threshold
            or t.last_activity_at - t.opened_at >= c.summary_age_threshold) as long
      from thread t
      join channel c on c.id = t.channel_id
     where t.workspace_id = :workspaceId and t.opened_at >= :from and t.opened_at < :to
), thread_counts as (
    select channel_id, grouping(channel_id) as total,
           count(*) as threads,
           count(first_reply_at) as answered,
           count(*) filter (where reply_count = 0 and not root_deleted) as ghosts,
           coalesce(sum(reply_count), 0) as replies,
           count(*) filter (where long) as long_threads,
           count(*) filter (where long and summary_key is null) as long_without_summary,
           count(*) filter (where owner_member_id is null) as without_owner,
           count(*) filter (where resolved_at is not null) as resolved
      from started
     group by grouping sets ((channel_id), ())
), posted as (
    select m.channel_id, m.author_member_id, m.message_key <> m.root_key as is_reply
      from message m
     where m.workspace_id = :workspaceId and m.author_kind = 'human'
       and m.posted_at >= :from and m.posted_at < :to
), contributors as (
    select channel_id, grouping(channel_id) as total,
           count(distinct author_member_id) as contributors
      from posted
     group by grouping sets ((channel_id), ())
), firsts as (
    -- Each person's first message in the workspace, ever: a first-timer is counted in the
    -- channel where they first spoke.
    select distinct on (m.author_member_id) m.author_member_id, m.channel_id, m.posted_at
      from message m
     where m.workspace_id = :workspaceId and m.author_kind = 'human'
       and m.author_member_id is not null
     order by m.author_member_id, m.posted_at, m.id
), first_timers as (
    select channel_id, grouping(channel_id) as total, count(*) as first_timers
      from firsts
     where posted_at >= :from and posted_at < :to
     group by grouping sets ((channel_id), ())
), tallies as (
    select channel_id, author_member_id, count(*) as n
      from posted
     where is_reply
     group by channel_id, author_member_id
), top_five as (
    select channel_id, 0 as total, sum(n) filter (where rank <= 5)::float8 / sum(n) as share
      from (select channel_id, n,
                   row_number() over (partition by channel_id order by n desc, author_member_id)
                       as rank
              from tallies) ranked
     group by channel_id
    union all
    select null, 1, sum(n) filter (where rank <= 5)::float8 / nullif(sum(n), 0)
      from (select n, row_number() over (order by n desc, author_member_id) as rank
              from (select author_member_id, sum(n) as n
                      from tallies group by author_member_id) by_author) ranked
), nudges as (
    select c.id as channel_id, grouping(c.id) as total, count(*) as nudges
      from outbox o
      left join channel c
        on c.workspace_id = o.workspace_id
       and c.external_id = coalesce(o.explanation ->> 'channel', o.channel_key)
     where o.workspace_id = :workspaceId and o.purpose = 'pressure_nudge'
       and o.not_before >= :from and o.not_before < :to
     group by grouping sets ((c.id), ())
), scopes as (
    select id as channel_id, external_id, 0 as total from channel where workspace_id = :workspaceId
    union all
    select null, null, 1
)
select s.external_id,
       coalesce(tc.threads, 0) as threads,
       coalesce(tc.answered, 0) as answered,
       coalesce(tc.ghosts, 0) as ghosts,
       coalesce(tc.replies, 0) as replies,
       coalesce(tc.long_threads, 0) as long_threads,
       coalesce(tc.long_without_summary, 0) as long_without_summary,
       coalesce(tc.without_owner, 0) as without_owner,
       coalesce(tc.resolved, 0) as resolved,
       coalesce(co.contributors, 0) as contributors,
       coalesce(ft.first_timers, 0) as first_timers,
       coalesce(tf.share, 0) as top_five_share,
       coalesce(nu.nudges, 0) as nudges
  from scopes s
  left join thread_counts tc on tc.total = s.total and tc.channel_id is not distinct from s.channel_id
  left join contributors co on co.total = s.total and co.channel_id is not distinct from s.channel_id
  left join first_timers ft on ft.total = s.total and ft.channel_id is not distinct from s.channel_id
  left join top_five tf on tf.total = s.total and tf.channel_id is not distinct from s.channel_id
  left join nudges nu on nu.total = s.total and nu.channel_id is not distinct from s.channel_id

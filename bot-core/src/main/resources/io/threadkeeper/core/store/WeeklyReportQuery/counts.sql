-- Per period and scope, what PostgreSQL can count without the working calendar, in one pass over
-- the messages of all periods at once. The periods are consecutive: period i is
-- [:bounds[i], :bounds[i + 1]), so width_bucket names the period of an instant. A scope is a
-- channel of the workspace (channel_id set) or the whole workspace (channel_id null).
-- :working holds the workspace's working time in [:from, :to) as start, end, start, end, …:
-- an instant lies in working time exactly when its bucket in that array is odd.
with started as (
    select width_bucket(t.opened_at, (select cast(:bounds as timestamptz[]))) as period,
           t.channel_id, t.first_reply_at, t.reply_count, t.root_deleted, t.owner_member_id,
           t.summary_key, t.resolved_at,
           (t.reply_count >= c.summary_reply_threshold
            or t.participant_count >= c.summary_participant_threshold
            or t.last_activity_at - t.opened_at >= c.summary_age_threshold) as long
      from thread t
      join channel c on c.id = t.channel_id
     where t.workspace_id = :workspaceId and t.opened_at >= :from and t.opened_at < :to
), thread_counts as (
    select period, channel_id, grouping(channel_id) as total,
           count(*) as threads,
           count(first_reply_at) as answered,
           count(*) filter (where reply_count = 0 and not root_deleted) as ghosts,
           coalesce(sum(reply_count), 0) as replies,
           count(*) filter (where long) as long_threads,
           count(*) filter (where long and summary_key is null) as long_without_summary,
           count(*) filter (where owner_member_id is null) as without_owner,
           count(*) filter (where resolved_at is not null) as resolved
      from started
     group by grouping sets ((period, channel_id), (period))
), posted as (
    -- The only pass over messages: one row per period, channel and author.
    select width_bucket(m.posted_at, (select cast(:bounds as timestamptz[]))) as period,
           m.channel_id, m.author_member_id,
           count(*) filter (where m.message_key <> m.root_key) as replies,
           count(*) filter (
               where width_bucket(m.posted_at, (select cast(:working as timestamptz[]))) % 2 = 0
           ) as after_hours
      from message m
     where m.workspace_id = :workspaceId and m.author_kind = 'human'
       and m.posted_at >= :from and m.posted_at < :to
     group by 1, 2, 3
), contributors as (
    select period, channel_id, grouping(channel_id) as total,
           count(distinct author_member_id) as contributors,
           sum(after_hours) as after_hours
      from posted
     group by grouping sets ((period, channel_id), (period))
), firsts as (
    -- Each author's first message in the workspace, ever (one index probe per author): a
    -- first-timer is counted in the channel where they first spoke.
    select first.channel_id, first.posted_at
      from (select distinct author_member_id from posted where author_member_id is not null) a
      cross join lateral (
          select m.channel_id, m.posted_at
            from message m
           where m.workspace_id = :workspaceId and m.author_kind = 'human'
             and m.author_member_id = a.author_member_id
           order by m.posted_at, m.id
           limit 1) first
), first_timers as (
    select period, channel_id, grouping(channel_id) as total, count(*) as first_timers
      from (select width_bucket(posted_at, (select cast(:bounds as timestamptz[]))) as period,
                   channel_id
              from firsts
             where posted_at >= :from and posted_at < :to) dated
     group by grouping sets ((period, channel_id), (period))
), top_five as (
    select period, channel_id, 0 as total,
           sum(replies) filter (where rank <= 5)::float8 / sum(replies) as share
      from (select period, channel_id, replies,
                   row_number() over (partition by period, channel_id
                                      order by replies desc, author_member_id) as rank
              from posted
             where replies > 0) ranked
     group by period, channel_id
    union all
    select period, null, 1, sum(replies) filter (where rank <= 5)::float8 / sum(replies)
      from (select period, replies,
                   row_number() over (partition by period order by replies desc, author_member_id)
                       as rank
              from (select period, author_member_id, sum(replies) as replies
                      from posted
                     where replies > 0
                     group by period, author_member_id) by_author) ranked
     group by period
), nudges as (
    select period, channel_id, grouping(channel_id) as total, count(*) as nudges
      from (select width_bucket(o.not_before, (select cast(:bounds as timestamptz[]))) as period,
                   c.id as channel_id
              from outbox o
              left join channel c
                on c.workspace_id = o.workspace_id
               and c.external_id = coalesce(o.explanation ->> 'channel', o.channel_key)
             where o.workspace_id = :workspaceId and o.purpose = 'pressure_nudge'
               and o.not_before >= :from and o.not_before < :to) dated
     group by grouping sets ((period, channel_id), (period))
), scopes as (
    select p.period, s.channel_id, s.external_id, s.total
      from generate_series(1, cardinality(cast(:bounds as timestamptz[])) - 1) p (period)
     cross join (select id as channel_id, external_id, 0 as total
                   from channel where workspace_id = :workspaceId
                 union all
                 select null, null, 1) s
)
select s.period, s.external_id,
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
       coalesce(nu.nudges, 0) as nudges,
       coalesce(co.after_hours, 0) as after_hours
  from scopes s
  left join thread_counts tc
    on tc.period = s.period and tc.total = s.total
   and tc.channel_id is not distinct from s.channel_id
  left join contributors co
    on co.period = s.period and co.total = s.total
   and co.channel_id is not distinct from s.channel_id
  left join first_timers ft
    on ft.period = s.period and ft.total = s.total
   and ft.channel_id is not distinct from s.channel_id
  left join top_five tf
    on tf.period = s.period and tf.total = s.total
   and tf.channel_id is not distinct from s.channel_id
  left join nudges nu
    on nu.period = s.period and nu.total = s.total
   and nu.channel_id is not distinct from s.channel_id

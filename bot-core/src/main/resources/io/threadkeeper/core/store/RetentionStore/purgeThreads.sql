-- Threads quiet since the cutoff go with their messages and their outbox rows (except one being
-- sent right now); their deadlines follow by the foreign key's cascade. A thread with recent
-- activity keeps all its messages, since its figures are derived from them.
with doomed as (
  select t.id, t.workspace_id, t.channel_id, t.root_key, c.external_id as channel_key
    from thread t
    join channel c on c.id = t.channel_id
   where t.last_activity_at < :cutoff
   limit :limit
     for update of t skip locked
), messages as (
  delete from message m
   using doomed d
   where m.channel_id = d.channel_id and m.root_key = d.root_key
  returning 1
), outbox_rows as (
  delete from outbox o
   using doomed d
   where o.workspace_id = d.workspace_id
     and o.thread_root_key = d.root_key
     and (o.channel_key = d.channel_key or o.channel_key is null)
     and o.state <> 'in_flight'
  returning 1
), threads as (
  delete from thread t
   using doomed d
   where t.id = d.id
  returning 1
)
select (select count(*) from threads) as threads,
       (select count(*) from messages) as messages,
       (select count(*) from outbox_rows) as outbox

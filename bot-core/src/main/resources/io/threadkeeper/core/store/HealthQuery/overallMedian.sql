select percentile_cont(0.5) within group (
           order by extract(epoch from t.first_reply_at - t.opened_at))
  from thread t join workspace w on w.id = t.workspace_id
 where w.platform = :platform and w.external_id = :workspace
   and t.opened_at >= :from and t.opened_at < :to

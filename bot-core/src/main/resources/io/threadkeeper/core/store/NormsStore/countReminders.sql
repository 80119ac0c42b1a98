insert into reminder_tally (member_id, week_start, count)
values (:memberId, :weekStart, :count)
on conflict (member_id) do update set week_start = excluded.week_start, count = excluded.count

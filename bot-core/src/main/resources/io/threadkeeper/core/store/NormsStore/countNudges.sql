insert into nudge_tally (member_id, channel_id, day, count)
values (:memberId, :channelId, :day, :count)
on conflict (member_id, channel_id) do update set day = excluded.day, count = excluded.count

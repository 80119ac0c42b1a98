select week_start as period, count from reminder_tally where member_id = :memberId

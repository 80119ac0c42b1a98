with nudges as (delete from nudge_tally where member_id = :memberId)
delete from reminder_tally where member_id = :memberId

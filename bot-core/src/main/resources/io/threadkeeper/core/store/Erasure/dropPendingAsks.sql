delete from pending_ask where asker_member_id = :memberId or owner_member_id = :memberId

delete from install_state where state = :state and expires_at > :now

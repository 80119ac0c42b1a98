delete from install_state where expires_at <= :now

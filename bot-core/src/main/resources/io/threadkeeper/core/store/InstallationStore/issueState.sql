insert into install_state (state, expires_at) values (:state, :expiresAt)

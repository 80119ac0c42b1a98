select workspace_key, enterprise_id, app_id, bot_user_id, bot_id, scopes, installer_id,
       token_sealed, installed_at
  from installation
 where workspace_key = :workspaceKey

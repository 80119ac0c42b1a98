insert into installation (workspace_key, enterprise_id, app_id, bot_user_id, bot_id, scopes,
                          installer_id, token_sealed, installed_at)
values (:workspaceKey, :enterpriseId, :appId, :botUserId, :botId, :scopes,
        :installerId, :tokenSealed, :installedAt)
on conflict (workspace_key) do update
   set enterprise_id = excluded.enterprise_id,
       app_id        = excluded.app_id,
       bot_user_id   = excluded.bot_user_id,
       bot_id        = excluded.bot_id,
       scopes        = excluded.scopes,
       installer_id  = excluded.installer_id,
       token_sealed  = excluded.token_sealed,
       installed_at  = excluded.installed_at

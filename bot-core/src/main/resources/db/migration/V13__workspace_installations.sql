-- Multi-workspace installs (Slack's OAuth flow): one bot token per installed workspace, sealed with
-- AES-GCM under a key from the environment (never stored here), and the single-use state values
-- that tie an OAuth redirect to the install page that started it.
--
-- Keyed by the workspace key (slack:T0123) rather than workspace.id: a workspace is installed
-- before any of its events made a workspace row, and the row is purged when the app is removed.

create table installation (
    workspace_key text        primary key,
    enterprise_id text,
    app_id        text,
    bot_user_id   text        not null,
    bot_id        text,
    scopes        text        not null default '',
    installer_id  text,
    -- nonce || AES-GCM ciphertext and tag of the bot token; the workspace key is the associated data
    token_sealed  bytea       not null,
    installed_at  timestamptz not null
);

create table install_state (
    state      text        primary key,
    expires_at timestamptz not null
);

create index install_state_by_expiry on install_state (expires_at);

-- The newest message the bot has seen in each channel, so that a connection that was down (a
-- restart, a fresh gateway session) reads each channel's history from there and misses nothing.
-- A message id only: no text, no author.

create table read_mark (
    channel_id  bigint      primary key references channel (id) on delete cascade,
    message_key text        not null,
    posted_at   timestamptz not null
);

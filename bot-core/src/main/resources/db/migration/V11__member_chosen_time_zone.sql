-- A time zone a member chose with /async timezone wins over the one their platform profile says,
-- until they choose auto again.

alter table member add column time_zone_chosen boolean not null default false;

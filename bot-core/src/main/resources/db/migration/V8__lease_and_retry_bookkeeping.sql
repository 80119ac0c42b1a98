-- Retry bookkeeping for the outbox dispatcher and the deadline sweep.
--
-- outbox.claimed_at: when a node marked the row in flight. A row left there by a dead node is found
-- once the lease has run out, and a node that lost its lease cannot overwrite the row's new state.
--
-- deadline.attempts / last_error: a deadline whose handler failed is pushed back with a growing
-- delay instead of failing again on every sweep.

alter table outbox add column claimed_at timestamptz;

create index outbox_in_flight_by_claim on outbox (claimed_at) where state = 'in_flight';

alter table deadline add column attempts integer not null default 0;
alter table deadline add column last_error text;

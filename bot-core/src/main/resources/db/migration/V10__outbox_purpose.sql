-- Why a message is in the outbox: the norm's effect (reminder, pressure nudge, …) and its
-- explanation (rule, trigger, policy, sentence, the recipient's zone), so that "why did I get
-- this?", the report and shadow mode can answer from the outbox alone.

alter table outbox add column purpose text;
alter table outbox add column explanation jsonb;

create index outbox_by_workspace_purpose on outbox (workspace_id, purpose);

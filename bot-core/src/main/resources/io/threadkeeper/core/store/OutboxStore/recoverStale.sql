-- Rows whose sender died (or hung) mid-send. They keep their attempt count, so the next claim
-- asks the platform whether the message arrived before sending it again.
update outbox
   set state = 'pending', not_before = :now, claimed_at = null, last_error = 'in flight past lease'
 where state = 'in_flight' and (claimed_at < :cutoff or claimed_at is null)

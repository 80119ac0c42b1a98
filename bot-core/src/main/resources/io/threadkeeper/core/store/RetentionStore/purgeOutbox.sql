-- Delivered, failed and shadowed rows only: a row still to be sent is never purged by age.
delete from outbox
 where ctid = any(array(select ctid from outbox
                         where created_at < :cutoff
                           and state in ('sent', 'failed', 'shadowed')
                         limit :limit
                           for update skip locked))

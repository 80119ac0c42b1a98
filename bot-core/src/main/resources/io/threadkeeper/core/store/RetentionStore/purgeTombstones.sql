delete from message_tombstone
 where ctid = any(array(select ctid from message_tombstone
                         where deleted_at < :cutoff
                         limit :limit
                           for update skip locked))

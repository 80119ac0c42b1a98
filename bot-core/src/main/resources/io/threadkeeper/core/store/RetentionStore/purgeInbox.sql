-- Processed rows only: a pending or set-aside row is never purged, however old.
delete from inbox
 where ctid = any(array(select ctid from inbox
                         where processed_at < :cutoff
                         limit :limit
                           for update skip locked))

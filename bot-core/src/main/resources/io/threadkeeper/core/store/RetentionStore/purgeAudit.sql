delete from audit_log
 where ctid = any(array(select ctid from audit_log
                         where at < :cutoff
                         limit :limit
                           for update skip locked))

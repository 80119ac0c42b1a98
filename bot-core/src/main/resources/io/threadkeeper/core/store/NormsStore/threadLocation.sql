select channel_id, root_key from thread where id = :threadId

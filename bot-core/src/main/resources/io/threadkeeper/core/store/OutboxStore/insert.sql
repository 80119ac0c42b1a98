insert into outbox (workspace_id, kind, channel_key, recipient_key, thread_root_key, payload, state,
                    not_before, correlation_id, purpose, explanation, created_at)
select w.id, :kind, :channel, :recipient, :threadRoot, cast(:payload as jsonb), :state,
       :notBefore, :correlationId, :purpose, cast(:explanation as jsonb), :now
  from workspace w
 where w.platform = :platform and w.external_id = :externalId
returning id

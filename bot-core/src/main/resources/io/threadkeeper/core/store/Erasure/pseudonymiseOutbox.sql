update outbox
   set recipient_key = case when recipient_key = :externalId then :pseudonym else recipient_key end,
       payload = replace(replace(payload::text, '<@' || :externalId || '>', '<@' || :pseudonym || '>'),
                         to_jsonb(cast(:externalId as text))::text, to_jsonb(cast(:pseudonym as text))::text)::jsonb,
       explanation = replace(explanation::text, to_jsonb(cast(:externalId as text))::text,
                             to_jsonb(cast(:pseudonym as text))::text)::jsonb
 where workspace_id = :workspaceId
   and (recipient_key = :externalId
        or position(:externalId in payload::text) > 0
        or position(:externalId in coalesce(explanation::text, '')) > 0)

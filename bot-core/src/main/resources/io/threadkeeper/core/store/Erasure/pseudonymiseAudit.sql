update audit_log
   set actor = case when actor = :externalId then :pseudonym else actor end,
       target = case when target = :externalId then :pseudonym else target end,
       detail = replace(detail::text, to_jsonb(cast(:externalId as text))::text,
                        to_jsonb(cast(:pseudonym as text))::text)::jsonb
 where workspace_id = :workspaceId
   and (actor = :externalId or target = :externalId
        or position(to_jsonb(cast(:externalId as text))::text in detail::text) > 0)

update thread
   set norms = replace(norms::text, to_jsonb(cast(:externalId as text))::text,
                       to_jsonb(cast(:pseudonym as text))::text)::jsonb
 where workspace_id = :workspaceId
   and position(to_jsonb(cast(:externalId as text))::text in norms::text) > 0

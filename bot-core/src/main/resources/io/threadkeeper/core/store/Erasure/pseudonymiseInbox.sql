update inbox
   set payload = replace(payload::text, to_jsonb(cast(:externalId as text))::text,
                         to_jsonb(cast(:pseudonym as text))::text)::jsonb,
       event_key = regexp_replace(event_key, '(^|:)' || :externalId || '(:|$)',
                                  '\1' || :pseudonym || '\2', 'g'),
       transient_text = null
 where workspace_key = :workspaceKey
   and (position(to_jsonb(cast(:externalId as text))::text in payload::text) > 0
        or position(:externalId in event_key) > 0)

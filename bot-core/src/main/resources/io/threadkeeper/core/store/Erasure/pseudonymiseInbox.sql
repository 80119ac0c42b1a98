-- The id is replaced wherever it stands as a whole word: JSON strings, mention markup in command
-- arguments, and derived event keys, inside the payload and in the row's own key.
update inbox
   set payload = regexp_replace(payload::text,
                                '(^|[^A-Za-z0-9])' || :externalId || '(?=[^A-Za-z0-9]|$)',
                                '\1' || :pseudonym, 'g')::jsonb,
       event_key = regexp_replace(event_key,
                                  '(^|[^A-Za-z0-9])' || :externalId || '(?=[^A-Za-z0-9]|$)',
                                  '\1' || :pseudonym, 'g'),
       transient_text = null
 where workspace_key = :workspaceKey
   and (position(:externalId in payload::text) > 0 or position(:externalId in event_key) > 0)

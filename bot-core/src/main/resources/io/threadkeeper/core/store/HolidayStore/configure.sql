update workspace
   set settings = jsonb_set(settings, cast(:path as text[]), cast(:value as jsonb))
 where platform = :platform and external_id = :externalId

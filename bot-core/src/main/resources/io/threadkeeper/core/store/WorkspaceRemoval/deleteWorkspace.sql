delete from workspace where platform = :platform and external_id = :externalId

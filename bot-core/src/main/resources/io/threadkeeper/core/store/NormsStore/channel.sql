select external_id, urgent, reply_window, summary_reply_threshold, summary_participant_threshold,
       summary_age_threshold, quiet_hours, nudges_enabled, shadow_mode
  from channel
 where id = :channelId

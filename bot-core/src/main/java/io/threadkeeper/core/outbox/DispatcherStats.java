package io.threadkeeper.core.outbox;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of what an outbox dispatcher has done since it started.
 *
 * @param sent messages the platform accepted (including those found already sent)
 * @param foundAlreadySent of those, messages a retry found on the platform instead of resending
 * @param failedByReason rows given up on, by reason ({@code channel_not_found}, {@code
 *     retries_exhausted}, …), and ephemerals sent as a direct message instead ({@code
 *     user_not_in_channel_fallback_dm}; the row itself is sent) or whose fallback failed ({@code
 *     user_not_in_channel_fallback_dm_failed})
 * @param rateLimitWaits rate-limit answers received
 * @param retries transient failures that were scheduled for a retry
 * @param recoveredInFlight rows found in flight past their lease and put back
 */
public record DispatcherStats(
    long sent,
    long foundAlreadySent,
    Map<String, Long> failedByReason,
    long rateLimitWaits,
    long retries,
    long recoveredInFlight) {
  public DispatcherStats {
    failedByReason = Map.copyOf(Objects.requireNonNull(failedByReason, "failedByReason"));
  }

  public long failed() {
    return failedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}

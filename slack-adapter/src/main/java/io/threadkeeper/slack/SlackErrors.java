package io.threadkeeper.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.threadkeeper.core.port.SendOutcome;
import java.time.Duration;
import java.util.Set;

/**
 * What Slack's refusals mean for the outbox: wait, retry later, or give up. Thread-safe
 * (stateless).
 */
final class SlackErrors {
  // Slack's own hiccups, documented as worth retrying; every other error code repeats on retry.
  private static final Set<String> TRANSIENT =
      Set.of(
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          "ratelimited",
          "team_added_to_org");
  // The member or the bot is not where the message was addressed; the dispatcher may fall back.
  private static final Set<String> NOT_IN_CHANNEL =
      Set.of("user_not_in_channel", "not_in_channel", "channel_not_found");
  // Used when a 429 has no usable Retry-After; Slack's limits are per minute.
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

  SendOutcome refused(SlackApiTextResponse response) {
    return refused(response.getError());
  }

  SendOutcome refused(String error) {
    String code = error == null || error.isBlank() ? "unknown_error" : error;
    if (TRANSIENT.contains(code)) {
      return new SendOutcome.TransientFailure(code);
    }
    return NOT_IN_CHANNEL.contains(code)
        ? new SendOutcome.NotInChannel(code)
        : new SendOutcome.PermanentFailure(code);
  }

  SendOutcome ofHttp(SlackApiException e, String rateLimitKey) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new SendOutcome.RateLimited(
          retryAfter(e.getResponse().header("Retry-After")), rateLimitKey);
    }
    if (status == 408 || status >= 500) {
      return new SendOutcome.TransientFailure("http_" + status);
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return refused(e.getError().getError());
    }
    return new SendOutcome.PermanentFailure("http_" + status);
  }

  static Duration retryAfter(String header) {
    if (header == null) {
      return DEFAULT_RETRY_AFTER;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return DEFAULT_RETRY_AFTER;
    }
  }
}

package io.threadkeeper.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * What became of one {@link ChatPlatform#send} call. Each outcome says what the dispatcher does
 * next with the outbox row; see the variants.
 */
public sealed interface SendOutcome {

  /**
   * The platform accepted the message. The row is marked sent and never sent again.
   *
   * @param platformMessageId the platform's id of the new message (Slack {@code ts}, Discord
   *     snowflake)
   */
  record Sent(String platformMessageId) implements SendOutcome {
    public Sent {
      requireText(platformMessageId, "platformMessageId");
    }
  }

  /**
   * The platform refused because of a rate limit (HTTP 429) and certainly did not post. The row
   * goes back to pending until {@code retryAfter} has passed, and so does every other message in
   * the same bucket; other buckets keep flowing. This does not count as a failed attempt.
   *
   * @param retryAfter the platform's {@code Retry-After}; zero or more
   * @param bucket the scope the limit covers, as {@link OutboundMessage#rateLimitKey()} or one of
   *     its prefixes at a {@code /} (e.g. {@code slack:T1/post} for a method across the workspace).
   *     Any other value holds back this message's own key only.
   */
  record RateLimited(Duration retryAfter, String bucket) implements SendOutcome {
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative");
      }
      requireText(bucket, "bucket");
    }
  }

  /**
   * A failure that may pass: a 5xx, a network error, a timeout. The message may or may not have
   * been posted. The row is retried with exponential backoff, up to a limit, and before every retry
   * the dispatcher calls {@link ChatPlatform#findSent} so that a message that did arrive is not
   * posted twice.
   *
   * @param reason a short machine-ish reason, e.g. {@code timeout}, {@code http_503}; never message
   *     content
   */
  record TransientFailure(String reason) implements SendOutcome {
    public TransientFailure {
      requireText(reason, "reason");
    }
  }

  /**
   * The member or the bot is not in the addressed channel, or the channel is gone (Slack {@code
   * user_not_in_channel}, {@code not_in_channel}, {@code channel_not_found}). Permanent for this
   * address, like {@link PermanentFailure}; for an ephemeral message the dispatcher may instead
   * send it once as a direct message, as {@link io.threadkeeper.core.outbox.EphemeralFallback}
   * says.
   *
   * @param reason the platform's error code; never message content
   */
  record NotInChannel(String reason) implements SendOutcome {
    public NotInChannel {
      requireText(reason, "reason");
    }
  }

  /**
   * A failure that will not pass by retrying: Discord 403 / 50007 (DMs closed), an invalid payload,
   * a removed app (see {@link NotInChannel} for a member or channel out of reach). The row is
   * marked failed with the reason, counted, and never retried.
   *
   * @param reason the platform's error code, or a short description; never message content
   */
  record PermanentFailure(String reason) implements SendOutcome {
    public PermanentFailure {
      requireText(reason, "reason");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}

package io.threadkeeper.core.store;

import io.threadkeeper.core.outbox.Backoff;
import io.threadkeeper.core.outbox.DispatchCounters;
import io.threadkeeper.core.outbox.RateLimitBuckets;
import io.threadkeeper.core.port.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a send did to its outbox row, updates the counters and logs state changes (not
 * retries, which would flood the log during an outage).
 *
 * <p>Thread-safe.
 */
final class OutcomeRecorder {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  static final String RETRIES_EXHAUSTED = "retries_exhausted";

  /** Appended to the platform's reason when an ephemeral went out as a direct message instead. */
  static final String FALLBACK_DM = "_fallback_dm";

  private final Clock clock;
  private final RateLimitBuckets buckets;
  private final Backoff backoff;
  private final int maxAttempts;
  private final DispatchCounters counters;
  private final OutboxStore store;
  private final Jdbi jdbi;

  OutcomeRecorder(
      Jdbi jdbi,
      Clock clock,
      RateLimitBuckets buckets,
      Backoff backoff,
      int maxAttempts,
      DispatchCounters counters) {
    this.clock = clock;
    this.buckets = buckets;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.counters = counters;
    this.store = jdbi.onDemand(OutboxStore.class);
    this.jdbi = jdbi;
  }

  void record(ClaimedMessage claimed, SendOutcome outcome) {
    int changed;
    // Java 17 has no pattern switch; the sealed hierarchy keeps this chain complete.
    if (outcome instanceof SendOutcome.Sent sent) {
      changed = sent(claimed, sent);
    } else if (outcome instanceof SendOutcome.RateLimited limited) {
      changed = rateLimited(claimed, limited);
    } else if (outcome instanceof SendOutcome.TransientFailure failure) {
      changed = transientFailure(claimed, failure);
    } else if (outcome instanceof SendOutcome.NotInChannel missed) {
      changed = failed(claimed, missed.reason(), "");
    } else {
      changed = failed(claimed, ((SendOutcome.PermanentFailure) outcome).reason(), "");
    }
    warnIfTakenOver(claimed, changed);
  }

  /**
   * Records the one direct message sent in place of an ephemeral that could not reach its member.
   * Whatever it did, the row ends here: sent with the fallback noted, back to pending if Slack
   * surely did not post (rate limited), else failed. A direct message that may have been posted is
   * never sent again, since the row's own lookup is for the ephemeral.
   */
  void recordFallback(ClaimedMessage claimed, SendOutcome.NotInChannel missed, SendOutcome direct) {
    String fallback = missed.reason() + FALLBACK_DM;
    int changed;
    if (direct instanceof SendOutcome.Sent sent) {
      counters.sent();
      counters.failed(fallback);
      log.info("outbox row {}: {}, sent as a direct message", claimed.id(), missed.reason());
      changed =
          store()
              .markSentNoting(
                  claimed.id(),
                  claimed.claimedAt(),
                  sent.platformMessageId(),
                  clock.instant(),
                  fallback);
    } else if (direct instanceof SendOutcome.RateLimited limited) {
      changed = rateLimited(claimed, limited);
    } else {
      changed = failed(claimed, fallback + "_failed", ": " + reasonOf(direct));
    }
    warnIfTakenOver(claimed, changed);
  }

  private static String reasonOf(SendOutcome outcome) {
    if (outcome instanceof SendOutcome.TransientFailure failure) {
      return failure.reason();
    }
    if (outcome instanceof SendOutcome.NotInChannel missed) {
      return missed.reason();
    }
    return ((SendOutcome.PermanentFailure) outcome).reason();
  }

  private static void warnIfTakenOver(ClaimedMessage claimed, int changed) {
    if (changed == 0) {
      log.warn(
          "outbox row {} was taken over by another node after its lease ran out", claimed.id());
    }
  }

  /** Puts a claimed row back because its bucket became blocked after the claim. */
  int holdForBucket(ClaimedMessage claimed, Instant until) {
    return store().rateLimited(claimed.id(), claimed.claimedAt(), until, "held: rate limited");
  }

  private int sent(ClaimedMessage claimed, SendOutcome.Sent sent) {
    counters.sent();
    log.debug("outbox row {} sent as {}", claimed.id(), sent.platformMessageId());
    // A posted ask whose root already arrived becomes a thread in the same step (AskThreads).
    return jdbi.inTransaction(
        handle -> {
          Instant now = clock.instant();
          int changed =
              handle
                  .attach(OutboxStore.class)
                  .markSent(claimed.id(), claimed.claimedAt(), sent.platformMessageId(), now);
          if (changed > 0) {
            AskThreads.sent(handle, claimed.id(), sent.platformMessageId(), now);
          }
          return changed;
        });
  }

  private int rateLimited(ClaimedMessage claimed, SendOutcome.RateLimited limited) {
    counters.rateLimitWait();
    String key = claimed.message().rateLimitKey();
    String bucket = RateLimitBuckets.covers(limited.bucket(), key) ? limited.bucket() : key;
    Instant until = clock.instant().plus(limited.retryAfter());
    if (buckets.block(bucket, until)) {
      log.info("rate limited on {}: holding its messages for {}", bucket, limited.retryAfter());
    }
    return store().rateLimited(claimed.id(), claimed.claimedAt(), until, "rate_limited " + bucket);
  }

  private int transientFailure(ClaimedMessage claimed, SendOutcome.TransientFailure failure) {
    if (claimed.attempts() >= maxAttempts) {
      return failed(claimed, RETRIES_EXHAUSTED, ": " + failure.reason());
    }
    counters.retry();
    Duration delay = backoff.delayAfter(claimed.attempts());
    log.debug("outbox row {} failed ({}), retry in {}", claimed.id(), failure.reason(), delay);
    return store()
        .retryLater(
            claimed.id(), claimed.claimedAt(), clock.instant().plus(delay), failure.reason());
  }

  private int failed(ClaimedMessage claimed, String reason, String detail) {
    counters.failed(reason);
    log.warn(
        "outbox row {} failed after {} attempt(s): {}{} (correlation {})",
        claimed.id(),
        claimed.attempts(),
        reason,
        detail,
        claimed.message().correlationId());
    return store().markFailed(claimed.id(), claimed.claimedAt(), reason + detail);
  }

  private OutboxStore store() {
    return store;
  }
}

package io.threadkeeper.core.store;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.outbox.Backoff;
import io.threadkeeper.core.outbox.DispatchCounters;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.DispatcherStats;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.outbox.RateLimitBuckets;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.SendOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox rows through the {@link ChatPlatform} of their workspace's platform.
 *
 * <p>A round claims a few due rows with {@code FOR UPDATE SKIP LOCKED} and commits them as in
 * flight before anything is sent, so a crash mid-send leaves a visible in-flight row rather than a
 * silent loss. Rows whose rate-limit bucket is blocked are not sent but deferred to the end of the
 * block (persisted, so a restart honours it) while other buckets keep flowing. A row that may have
 * reached the platform before (a transient failure, or in flight past its lease) is looked up with
 * {@link ChatPlatform#findSent} before it is sent again. See {@link SendOutcome} for the rest.
 *
 * <p>Thread-safe: rounds may run concurrently here and on other nodes; claims never overlap.
 */
public final class OutboxDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  /** Bounds one {@link #dispatchDue()} call, so a scheduler thread is never held for long. */
  private static final int MAX_ROUNDS = 50;

  private final Jdbi jdbi;
  private final Map<Platform, ChatPlatform> platforms = new EnumMap<>(Platform.class);
  private final String[] platformKeys;
  private final Clock clock;
  private final DispatchSettings settings;
  private final RateLimitBuckets buckets = new RateLimitBuckets();
  private final DispatchCounters counters = new DispatchCounters();
  private final MessageBodyJson json = new MessageBodyJson();
  private final OutcomeRecorder recorder;
  private final EphemeralFallback fallback;

  /** A dispatcher that sends an ephemeral out of reach once as a direct message. */
  public OutboxDispatcher(
      Jdbi jdbi,
      Collection<? extends ChatPlatform> platforms,
      Clock clock,
      DispatchSettings settings,
      Random random) {
    this(jdbi, platforms, clock, settings, random, EphemeralFallback.DIRECT_MESSAGE);
  }

  public OutboxDispatcher(
      Jdbi jdbi,
      Collection<? extends ChatPlatform> platforms,
      Clock clock,
      DispatchSettings settings,
      Random random,
      EphemeralFallback fallback) {
    this.jdbi = jdbi;
    this.fallback = fallback;
    platforms.forEach(platform -> this.platforms.put(platform.platform(), platform));
    this.platformKeys = this.platforms.keySet().stream().map(Platform::key).toArray(String[]::new);
    this.clock = clock;
    this.settings = settings;
    Backoff backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), random);
    this.recorder =
        new OutcomeRecorder(jdbi, clock, buckets, backoff, settings.maxAttempts(), counters);
  }

  /** Recovers stale in-flight rows, then runs rounds until none is due; returns rows handled. */
  public int dispatchDue() {
    recoverStale();
    int handled = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int claimed = dispatchOnce();
      handled += claimed;
      if (claimed == 0) {
        break;
      }
    }
    return handled;
  }

  /** Claims one batch of due rows and sends them; returns how many rows it claimed. */
  public int dispatchOnce() {
    List<ClaimedMessage> claimed = jdbi.inTransaction(this::claim);
    claimed.forEach(this::deliver);
    return claimed.size();
  }

  /** Puts rows in flight for longer than the lease back to pending; returns how many. */
  public int recoverStale() {
    Instant now = clock.instant();
    int rows =
        jdbi.onDemand(OutboxStore.class).recoverStale(now.minus(settings.inFlightLease()), now);
    if (rows > 0) {
      counters.recoveredInFlight(rows);
      log.info(
          "{} outbox row(s) were in flight past the lease; they will be checked and retried", rows);
    }
    return rows;
  }

  public DispatcherStats stats() {
    return counters.snapshot();
  }

  private List<ClaimedMessage> claim(Handle handle) {
    Instant now = clock.instant();
    OutboxStore store = handle.attach(OutboxStore.class);
    List<ClaimedMessage> claimed = new ArrayList<>();
    for (OutboxRow row : store.claimDue(now, platformKeys, settings.batchSize())) {
      Optional<OutboundMessage> message = decode(row);
      Optional<Instant> blocked = message.flatMap(m -> buckets.blockedUntil(m.rateLimitKey(), now));
      if (blocked.isPresent()) {
        store.hold(row.id(), blocked.get());
        continue;
      }
      store.markInFlight(row.id(), now);
      if (message.isPresent()) {
        claimed.add(new ClaimedMessage(message.get(), now, row.attempts() + 1));
      } else {
        counters.failed("invalid_row");
        store.markFailed(row.id(), now, "invalid_row");
      }
    }
    return claimed;
  }

  private Optional<OutboundMessage> decode(OutboxRow row) {
    try {
      return Optional.of(row.toMessage(json));
    } catch (IllegalArgumentException e) {
      log.warn("outbox row {} cannot be decoded and is set aside: {}", row.id(), e.getMessage());
      return Optional.empty();
    }
  }

  private void deliver(ClaimedMessage claimed) {
    LogCorrelation.set(claimed.message().correlationId());
    try {
      deliverCorrelated(claimed);
    } finally {
      LogCorrelation.clear();
    }
  }

  private void deliverCorrelated(ClaimedMessage claimed) {
    OutboundMessage message = claimed.message();
    Optional<Instant> blocked = buckets.blockedUntil(message.rateLimitKey(), clock.instant());
    if (blocked.isPresent()) {
      recorder.holdForBucket(claimed, blocked.get());
      return;
    }
    ChatPlatform platform = platforms.get(message.workspace().platform());
    SendOutcome outcome =
        claimed.triedBefore() ? lookUpThenSend(platform, message) : send(platform, message);
    if (outcome instanceof SendOutcome.NotInChannel missed && fallsBackToDirect(message)) {
      recorder.recordFallback(claimed, missed, send(platform, directTo(message)));
    } else {
      recorder.record(claimed, outcome);
    }
  }

  private boolean fallsBackToDirect(OutboundMessage message) {
    return message.delivery() == Delivery.EPHEMERAL && fallback == EphemeralFallback.DIRECT_MESSAGE;
  }

  /** The same message as a direct message to the member it was shown to. */
  private static OutboundMessage directTo(OutboundMessage message) {
    return new OutboundMessage(
        message.outboxId(),
        message.workspace(),
        Delivery.DIRECT_MESSAGE,
        null,
        null,
        message.recipient(),
        message.body(),
        message.correlationId());
  }

  private SendOutcome lookUpThenSend(ChatPlatform platform, OutboundMessage message) {
    Optional<String> found;
    try {
      found = platform.findSent(message);
    } catch (RuntimeException e) {
      // Without an answer we must not send: a duplicate is worse than a late message.
      return new SendOutcome.TransientFailure("lookup_failed " + e.getClass().getSimpleName());
    }
    if (found.isPresent()) {
      counters.foundAlreadySent();
      return new SendOutcome.Sent(found.get());
    }
    return send(platform, message);
  }

  private SendOutcome send(ChatPlatform platform, OutboundMessage message) {
    try {
      return platform.send(message);
    } catch (RuntimeException e) {
      log.error(
          "{} threw instead of returning an outcome for outbox row {}",
          platform.getClass().getSimpleName(),
          message.outboxId(),
          e);
      return new SendOutcome.TransientFailure("exception " + e.getClass().getSimpleName());
    }
  }
}

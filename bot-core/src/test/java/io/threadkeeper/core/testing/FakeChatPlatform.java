package io.threadkeeper.core.testing;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.SendOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Predicate;

/**
 * An in-memory chat platform: keeps the messages it accepted, and answers each send as scripted
 * (accept by default). Scripts apply to the messages a predicate selects, one step per call.
 *
 * <p>Thread-safe.
 */
public final class FakeChatPlatform implements ChatPlatform {
  /** What the fake does with one send call. */
  @FunctionalInterface
  public interface Step {
    SendOutcome answer(FakeChatPlatform platform, OutboundMessage message);
  }

  /** A message the platform now shows, with its id and when it arrived. */
  public record Posted(OutboundMessage message, String platformMessageId, Instant at) {}

  /** A send call, answered or not. */
  public record Attempt(long outboxId, String rateLimitKey, Instant at) {}

  private record Script(Predicate<OutboundMessage> selects, Queue<Step> steps) {}

  private final Platform platform;
  private final Clock clock;
  private final List<Script> scripts = new ArrayList<>();
  private final List<Posted> posted = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final Map<Long, Integer> lookups = new HashMap<>();
  private int nextId = 1;

  public FakeChatPlatform(Platform platform, Clock clock) {
    this.platform = platform;
    this.clock = clock;
  }

  public static Step accept() {
    return (fake, message) -> new SendOutcome.Sent(fake.post(message));
  }

  public static Step rateLimited(Duration retryAfter, String bucket) {
    return (fake, message) -> new SendOutcome.RateLimited(retryAfter, bucket);
  }

  public static Step transientFailure(String reason) {
    return (fake, message) -> new SendOutcome.TransientFailure(reason);
  }

  public static Step permanentFailure(String reason) {
    return (fake, message) -> new SendOutcome.PermanentFailure(reason);
  }

  public static Step throwing(RuntimeException exception) {
    return (fake, message) -> {
      throw exception;
    };
  }

  /** The platform posts the message, but the answer is lost: the caller sees a timeout. */
  public static Step acceptThenTimeout() {
    return (fake, message) -> {
      fake.post(message);
      return new SendOutcome.TransientFailure("timeout");
    };
  }

  /** Answers the next sends of messages that {@code selects} picks with {@code steps}, in order. */
  public synchronized FakeChatPlatform script(Predicate<OutboundMessage> selects, Step... steps) {
    scripts.add(new Script(selects, new ArrayDeque<>(List.of(steps))));
    return this;
  }

  public FakeChatPlatform script(Step... steps) {
    return script(message -> true, steps);
  }

  /** Puts a message on the platform as if an earlier process had sent it. */
  public synchronized String post(OutboundMessage message) {
    String id = platform.key() + "-" + nextId++;
    posted.add(new Posted(message, id, clock.instant()));
    return id;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public synchronized SendOutcome send(OutboundMessage message) {
    attempts.add(new Attempt(message.outboxId(), message.rateLimitKey(), clock.instant()));
    for (Script script : scripts) {
      if (script.selects().test(message) && !script.steps().isEmpty()) {
        return script.steps().poll().answer(this, message);
      }
    }
    return accept().answer(this, message);
  }

  @Override
  public synchronized Optional<String> findSent(OutboundMessage message) {
    lookups.merge(message.outboxId(), 1, Integer::sum);
    return posted.stream()
        .filter(p -> p.message().outboxId() == message.outboxId())
        .map(Posted::platformMessageId)
        .findFirst();
  }

  public synchronized List<Posted> posted() {
    return List.copyOf(posted);
  }

  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public synchronized int lookups(long outboxId) {
    return lookups.getOrDefault(outboxId, 0);
  }
}

package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.norms.ChannelContext;
import io.threadkeeper.core.norms.Decision;
import io.threadkeeper.core.norms.Effect;
import io.threadkeeper.core.norms.Recipient;
import io.threadkeeper.core.outbox.EffectDelivery;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Persists one norms {@link Decision} inside the caller's transaction. Not thread-safe. */
final class DecisionWriter {
  private final BatchCache cache;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final long workspaceId;
  private final long channelId;
  private final String correlation;

  DecisionWriter(
      BatchCache cache,
      Outbox outbox,
      ObjectMapper json,
      long workspaceId,
      long channelId,
      String correlation) {
    this.cache = cache;
    this.outbox = outbox;
    this.json = json;
    this.workspaceId = workspaceId;
    this.channelId = channelId;
    this.correlation = correlation;
  }

  void write(
      Decision decision,
      Optional<NormsStore.ThreadRef> ref,
      MemberId actor,
      ThreadState thread,
      ChannelContext channel,
      Instant now) {
    if (ref.isPresent() && (decision.norms().isPresent() || decision.status().isPresent())) {
      String norms = decision.norms().map(this::toJson).orElse(ref.get().norms());
      String state = decision.status().map(s -> s.key()).orElse(null);
      cache.rememberThread(ref.get().id(), norms, state);
    }
    decision
        .authorNudges()
        .filter(t -> actor != null)
        .ifPresent(
            t ->
                cache.countNudges(
                    cache.memberId(workspaceId, actor.value()), channelId, t.day(), t.count()));
    decision
        .ownerReminders()
        .filter(t -> thread != null && thread.owner() != null)
        .ifPresent(
            t ->
                cache
                    .handle()
                    .attach(NormsStore.class)
                    .countReminders(
                        cache.memberId(workspaceId, thread.owner().value()),
                        t.weekStart(),
                        t.count()));
    ref.ifPresent(
        r -> cache.planCheck(workspaceId, r.id(), decision.nextCheckAt().orElse(null), now));
    for (Effect effect : decision.effects()) {
      enqueue(effect, channel);
    }
  }

  private void enqueue(Effect effect, ChannelContext channel) {
    Recipient recipient = effect.envelope().recipient();
    MemberId member = recipient instanceof Recipient.Member m ? m.id() : null;
    ZoneId zone = channel.schedules().zoneOf(member);
    cache.enqueue(outbox, EffectDelivery.entry(effect, zone, correlation));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}

package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.ChannelContext;
import io.threadkeeper.core.norms.Decision;
import io.threadkeeper.core.norms.NormsContext;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.norms.NudgeTally;
import io.threadkeeper.core.norms.ReminderTally;
import io.threadkeeper.core.norms.ThreadContext;
import io.threadkeeper.core.norms.ThreadNorms;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Runs the norms engine against stored state: for each event after the tracker applied it, and for
 * each due norms check (a tick). It loads the context, asks the pure {@link NormsEngine}, and
 * writes the decision — thread memory, tallies, the next check, outbox rows — in the caller's
 * transaction.
 *
 * <p>Thread-safe.
 */
public final class NormsRunner implements EventApplier {
  private final NormsEngine engine;
  private final ObjectMapper json = StoreJson.mapper();
  private final Outbox outbox;

  /** The kind of deadline row the norms schedule, one pending per thread. */
  public static final String NORMS_CHECK = "norms_check";

  /**
   * @param clock stamps when outbox rows were written (their send time comes from the norms)
   */
  public NormsRunner(NormsEngine engine, Clock clock) {
    this.engine = engine;
    this.outbox = new Outbox(clock);
  }

  /** Where in which thread an event happened, for the events the norms care about. */
  private record Place(ChannelId channel, MessageKey root, MemberId actor) {}

  @Override
  public void apply(Handle handle, ChatEvent event) {
    BatchCache cache = new BatchCache(handle);
    apply(cache, event);
    cache.flush();
  }

  @Override
  public void apply(BatchCache cache, ChatEvent event) {
    long workspaceId = cache.workspaceId(event.workspace());
    Optional<Place> place = placeOf(event, cache, workspaceId);
    if (place.isEmpty()) {
      return;
    }
    long channelId = cache.channelId(workspaceId, place.get().channel());
    String root = place.get().root().value();
    ThreadState thread = cache.thread(channelId, root).orElse(null);
    Optional<NormsStore.ThreadRef> ref = cache.threadRef(channelId, root);
    MemberId actor = place.get().actor();
    ChannelContext channel =
        NormsContexts.channel(cache, workspaceId, channelId, people(actor, thread));
    NudgeTally nudges =
        event instanceof MessagePosted && actor != null
            ? nudgeTally(cache, cache.memberId(workspaceId, actor.value()), channelId)
            : null;
    Decision decision =
        engine.onEvent(event, new NormsContext(channel, thread, norms(ref), nudges));
    new DecisionWriter(cache, outbox, json, workspaceId, channelId, event.key().value())
        .write(decision, ref, actor, thread, channel, event.occurredAt());
  }

  /**
   * Fires every norms check due at or before {@code now}, oldest first, at most {@code limit}.
   *
   * @return how many fired
   */
  public int tick(Handle handle, Instant now, int limit) {
    NormsStore store = handle.attach(NormsStore.class);
    ThreadStore threads = handle.attach(ThreadStore.class);
    List<NormsStore.DueCheck> due = store.claimDueChecks(now, limit);
    for (NormsStore.DueCheck check : due) {
      store.markFired(check.deadlineId(), now);
      threads
          .findThread(check.channelId(), check.rootKey())
          .ifPresent(thread -> tick(handle, store, check, thread, now));
    }
    return due.size();
  }

  /**
   * The norms' part of the live deadline sweep: a due {@code norms_check} runs the thread's tick at
   * the sweep's present moment. If the tick plans a next check, the same deadline row moves to that
   * instant and the sweep counts it as postponed rather than fired.
   */
  public DeadlineHandler deadlineHandler(Clock clock) {
    return (handle, deadline) -> {
      if (!NORMS_CHECK.equals(deadline.kind())) {
        return;
      }
      NormsStore store = handle.attach(NormsStore.class);
      store
          .threadLocation(deadline.threadId())
          .ifPresent(
              location ->
                  handle
                      .attach(ThreadStore.class)
                      .findThread(location.channelId(), location.rootKey())
                      .ifPresent(
                          thread ->
                              tick(
                                  handle,
                                  store,
                                  new NormsStore.DueCheck(
                                      deadline.id(),
                                      deadline.workspaceId(),
                                      location.channelId(),
                                      location.rootKey(),
                                      deadline.dueAt()),
                                  thread,
                                  clock.instant())));
    };
  }

  private void tick(
      Handle handle, NormsStore store, NormsStore.DueCheck check, ThreadState thread, Instant now) {
    BatchCache cache = new BatchCache(handle);
    Optional<NormsStore.ThreadRef> ref = store.thread(check.channelId(), check.rootKey());
    ChannelContext channel =
        NormsContexts.channel(cache, check.workspaceId(), check.channelId(), people(null, thread));
    ReminderTally reminders = null;
    if (thread.owner() != null) {
      long owner = cache.memberId(check.workspaceId(), thread.owner().value());
      reminders =
          store.reminders(owner).map(t -> new ReminderTally(t.period(), t.count())).orElse(null);
    }
    Decision decision =
        engine.onTick(now, new ThreadContext(channel, thread, norms(ref), reminders));
    new DecisionWriter(cache, outbox, json, check.workspaceId(), check.channelId(), "tick")
        .write(decision, ref, null, thread, channel, now);
    cache.flush();
  }

  private static NudgeTally nudgeTally(BatchCache cache, long memberId, long channelId) {
    return cache
        .nudges(memberId, channelId)
        .map(t -> new NudgeTally(t.period(), t.count()))
        .orElse(null);
  }

  private ThreadNorms norms(Optional<NormsStore.ThreadRef> ref) {
    if (ref.isEmpty() || ref.get().norms() == null) {
      return null;
    }
    try {
      return json.readValue(ref.get().norms(), ThreadNorms.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored norms of thread " + ref.get().id() + " unreadable", e);
    }
  }

  private static List<MemberId> people(MemberId actor, ThreadState thread) {
    List<MemberId> people = new ArrayList<>();
    people.add(actor);
    if (thread != null) {
      people.add(thread.owner());
      people.add(thread.author());
    }
    return people;
  }

  private static Optional<Place> placeOf(ChatEvent event, BatchCache cache, long workspaceId) {
    if (event instanceof MessagePosted p) {
      return Optional.of(new Place(p.channel(), p.rootOrSelf(), p.author()));
    }
    if (event instanceof MessageEdited e) {
      return rootOf(cache, workspaceId, e.channel(), e.message(), e.editor());
    }
    if (event instanceof ReactionAdded r) {
      return rootOf(cache, workspaceId, r.channel(), r.message(), r.member());
    }
    if (event instanceof ReactionRemoved r) {
      return rootOf(cache, workspaceId, r.channel(), r.message(), r.member());
    }
    if (event instanceof CommandInvoked c && c.channel() != null && c.threadRoot() != null) {
      return Optional.of(new Place(c.channel(), c.threadRoot(), c.member()));
    }
    if (event instanceof InteractionReceived i && i.channel() != null && i.threadRoot() != null) {
      return Optional.of(new Place(i.channel(), i.threadRoot(), i.member()));
    }
    return Optional.empty();
  }

  private static Optional<Place> rootOf(
      BatchCache cache, long workspaceId, ChannelId channel, MessageKey message, MemberId actor) {
    long channelId = cache.channelId(workspaceId, channel);
    return cache
        .rootOf(channelId, message.value())
        .map(root -> new Place(channel, new MessageKey(root), actor));
  }
}

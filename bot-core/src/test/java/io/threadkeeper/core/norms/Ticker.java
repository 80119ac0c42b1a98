package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Ticks one thread through the engine, keeping what each decision says to persist. */
final class Ticker {
  private final NormsEngine engine = Fixtures.engine();
  private final ChannelContext channel;
  private ThreadState thread;
  private ThreadNorms norms;
  private ReminderTally tally;
  private final List<Effect> sent = new ArrayList<>();
  private Decision last;

  Ticker(ChannelContext channel, ThreadState thread, ThreadNorms norms) {
    this.channel = channel;
    this.thread = thread;
    this.norms = norms;
  }

  Ticker tally(ReminderTally value) {
    tally = value;
    return this;
  }

  Ticker thread(ThreadState value) {
    thread = value;
    return this;
  }

  Decision tick(String instant) {
    return tick(Instant.parse(instant));
  }

  Decision tick(Instant now) {
    last = engine.onTick(now, new ThreadContext(channel, thread, norms, tally));
    norms = last.norms().orElse(norms);
    tally = last.ownerReminders().orElse(tally);
    // The store keeps a status change; a stale or overdue thread is not resolved, so no "via".
    last.status().ifPresent(status -> thread = thread.withStatus(status, now, null));
    sent.addAll(last.effects());
    return last;
  }

  Decision on(ChatEvent event) {
    last = engine.onEvent(event, new NormsContext(channel, thread, norms, null));
    norms = last.norms().orElse(norms);
    sent.addAll(last.effects());
    return last;
  }

  List<Effect> sent() {
    return sent;
  }

  ThreadNorms norms() {
    return norms;
  }

  ThreadState thread() {
    return thread;
  }
}

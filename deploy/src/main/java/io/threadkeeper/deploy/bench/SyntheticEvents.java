package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Realistic-looking message events for the benchmarks: roots with a few replies each. */
final class SyntheticEvents {
  static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "TBENCH");
  private static final String[] TEXTS = {
    "Could someone review the venue contract before Friday?",
    "Thanks, I'll take a look tomorrow morning.",
    "Agreed, let's go with option B.",
    "Here is the draft: https://example.org/draft",
    "any update??",
  };

  private SyntheticEvents() {}

  /**
   * {@code count} events: every fifth one a root, the others replies to the latest root. Times are
   * whole microseconds, as Slack's message timestamps are (Discord's are milliseconds).
   */
  static List<MessagePosted> messages(String run, int count, Instant from) {
    Instant start = from.truncatedTo(ChronoUnit.MICROS);
    List<MessagePosted> events = new ArrayList<>(count);
    String root = null;
    for (int i = 0; i < count; i++) {
      String key = run + "." + i;
      boolean isRoot = i % 5 == 0;
      if (isRoot) {
        root = key;
      }
      events.add(
          new MessagePosted(
              WORKSPACE,
              EventKey.platform("Ev" + key),
              start.plusSeconds(i),
              new ChannelId("C" + (i / 5) % 50),
              new MessageKey(key),
              isRoot ? null : new MessageKey(root),
              new MemberId("U" + i % 97),
              AuthorKind.HUMAN,
              TEXTS[i % TEXTS.length],
              false,
              0));
    }
    return events;
  }
}

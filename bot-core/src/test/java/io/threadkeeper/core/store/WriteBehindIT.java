package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.norms.text.MessageFlags;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch reads ahead and holds its writes back; what it leaves behind must be exactly what
 * applying its events one at a time leaves, whatever order they arrive in.
 */
class WriteBehindIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final List<ChannelId> CHANNELS =
      List.of(new ChannelId("C0ONE"), new ChannelId("C0TWO"), new ChannelId("C0THREE"));
  private static final String[] TEXTS = {
    "Looking at it now.", "any update??", "Can everyone jump in now?", "Done, see the doc.", ""
  };

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
  private final EventCodec codec = new EventCodec();

  @BeforeEach
  void cleanSlate() {
    truncate();
  }

  @Test
  void oneBatchLeavesTheRowsThatOneEventAtATimeLeaves() {
    List<ChatEvent> events = conversation(new Random(20261207));

    Map<String, List<String>> oneAtATime = applied(events, 1);
    truncate();
    Map<String, List<String>> oneBatch = applied(events, 500);

    assertThat(oneAtATime.get("thread")).hasSizeGreaterThan(20);
    assertThat(oneAtATime.get("outbox")).isNotEmpty();
    assertThat(oneAtATime.get("nudge_tally")).isNotEmpty();
    assertThat(oneAtATime.get("message_tombstone")).isNotEmpty();
    assertThat(oneBatch).isEqualTo(oneAtATime);
  }

  @Test
  void aThreadAnotherNodeStoredMeanwhileIsAppliedWhenTheBatchRunsAgain() {
    PostgresInbox inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
    // Committed first, so that the other node finds the channel and member rows.
    inbox.accept(Events.root("1700000000.000001", "U1", 0));
    processor(500).drain();
    String contested = "1700000000.000100";
    AtomicBoolean stored = new AtomicBoolean();
    EventApplier otherNode =
        (handle, event) -> {
          if (event instanceof MessagePosted p
              && p.message().value().equals(contested)
              && stored.compareAndSet(false, true)) {
            postgres.jdbi().useHandle(other -> storeThread(other, contested));
          }
        };
    inbox.accept(Events.root(contested, "U1", 10));
    inbox.accept(Events.reply("1700000000.000101", contested, "U2", 11));

    InboxProcessor.BatchResult result = processor(500, List.of(otherNode)).processBatch();

    assertThat(result).isEqualTo(new InboxProcessor.BatchResult(2, 2, 0));
    assertThat(stored).isTrue();
    assertThat(count("select count(*) from thread where root_key = '" + contested + "'"))
        .isEqualTo(1);
    assertThat(count("select reply_count from thread where root_key = '" + contested + "'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from inbox where last_error is not null")).isZero();
  }

  private static void storeThread(Handle other, String root) {
    Directory directory = other.attach(Directory.class);
    long workspace = directory.workspaceId(Events.WORKSPACE);
    long channel = directory.channelId(workspace, Events.CHANNEL);
    other.execute(
        "insert into thread (workspace_id, channel_id, root_key, state, reply_count,"
            + " participant_count, opened_at, last_activity_at, root_deleted)"
            + " values (?, ?, ?, 'open', 0, 1, now(), now(), false)",
        workspace,
        channel,
        root);
  }

  private Map<String, List<String>> applied(List<ChatEvent> events, int batchSize) {
    PostgresInbox inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
    events.forEach(inbox::accept);
    InboxProcessor.BatchResult result = processor(batchSize).drain();
    assertThat(result.failed()).isZero();
    return snapshot();
  }

  private InboxProcessor processor(int batchSize) {
    return processor(batchSize, List.of());
  }

  /** The live appliers, with {@code extra} between the projection and the norms. */
  private InboxProcessor processor(int batchSize, List<EventApplier> extra) {
    List<EventApplier> appliers = new ArrayList<>();
    appliers.add(
        new ThreadProjection(new ThreadTracker(true), MessageFlags::ofPost, MessageFlags::ofEdit));
    appliers.addAll(extra);
    appliers.add(new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock));
    return new InboxProcessor(
        postgres.jdbi(), codec, appliers, clock, batchSize, 3, InboxProcessor.Order.ARRIVAL);
  }

  /**
   * Threads in three channels, delivered shuffled: replies before their roots, replies at the same
   * instant, a message delivered twice, deleted replies and roots, resolving reactions, and
   * pressure that earns nudges.
   */
  private static List<ChatEvent> conversation(Random random) {
    List<ChatEvent> events = new ArrayList<>();
    for (int t = 0; t < 30; t++) {
      ChannelId channel = CHANNELS.get(t % CHANNELS.size());
      String root = "1700000000." + (100_000 + t * 100);
      events.add(post(channel, root, null, "U" + t % 7, t * 3, TEXTS[random.nextInt(5)]));
      int replies = random.nextInt(6);
      for (int r = 1; r <= replies; r++) {
        String key = "1700000000." + (100_000 + t * 100 + r);
        int minute = t * 3 + (r == 2 ? 1 : r);
        events.add(post(channel, key, root, "U" + (t + r) % 7, minute, TEXTS[random.nextInt(5)]));
        if (random.nextInt(8) == 0) {
          events.add(redelivered(post(channel, key, root, "U" + (t + r) % 7, minute, "again")));
        }
        if (random.nextInt(10) == 0) {
          events.add(deleted(channel, key, minute + 2));
        }
      }
      if (random.nextInt(6) == 0) {
        events.add(deleted(channel, root, t * 3 + 9));
      }
      if (random.nextInt(3) == 0) {
        // From the root's author and from the first replier: whichever owns the thread resolves it.
        events.add(resolving(channel, root, "U" + t % 7, t * 3 + 8));
        events.add(resolving(channel, root, "U" + (t + 1) % 7, t * 3 + 8));
      }
    }
    Collections.shuffle(events, random);
    return events;
  }

  /** The same message delivered again under another event id, as a backfill would. */
  private static MessagePosted redelivered(MessagePosted event) {
    return new MessagePosted(
        event.workspace(),
        EventKey.platform("again." + event.message().value()),
        event.occurredAt(),
        event.channel(),
        event.message(),
        event.threadRoot(),
        event.author(),
        event.authorKind(),
        event.text(),
        event.broadcast(),
        event.attachments());
  }

  private static MessagePosted post(
      ChannelId channel, String key, String root, String author, int minutes, String text) {
    return new MessagePosted(
        Events.WORKSPACE,
        EventKey.platform("post." + key + "." + text.hashCode()),
        Events.T0.plusSeconds(60L * minutes),
        channel,
        new MessageKey(key),
        root == null ? null : new MessageKey(root),
        new MemberId(author),
        AuthorKind.HUMAN,
        text,
        false,
        0);
  }

  private static ChatEvent resolving(ChannelId channel, String root, String member, int minutes) {
    return new ReactionAdded(
        Events.WORKSPACE,
        EventKey.platform("react." + root + "." + member),
        Events.T0.plusSeconds(60L * minutes),
        channel,
        new MessageKey(root),
        new MemberId(member),
        "white_check_mark");
  }

  private static ChatEvent deleted(ChannelId channel, String key, int minutes) {
    return new MessageDeleted(
        Events.WORKSPACE,
        EventKey.platform("delete." + key),
        Events.T0.plusSeconds(60L * minutes),
        channel,
        new MessageKey(key));
  }

  private static Map<String, List<String>> snapshot() {
    return Map.of(
        "thread",
        rows(
            "select c.external_id, t.root_key, a.external_id, o.external_id, t.state,"
                + " t.reply_count, t.participant_count, t.opened_at, t.first_reply_at,"
                + " t.last_activity_at, t.summary_key, t.due_at, t.root_deleted, t.resolved_at,"
                + " t.resolved_via, t.norms::text"
                + " from thread t join channel c on c.id = t.channel_id"
                + " left join member a on a.id = t.author_member_id"
                + " left join member o on o.id = t.owner_member_id"),
        "message",
        rows(
            "select c.external_id, m.message_key, m.root_key, a.external_id, m.author_kind,"
                + " m.posted_at, m.broadcast, m.attachments, m.flags"
                + " from message m join channel c on c.id = m.channel_id"
                + " left join member a on a.id = m.author_member_id"),
        "pending_check",
        rows(
            "select c.external_id, t.root_key, d.kind, d.due_at from deadline d"
                + " join thread t on t.id = d.thread_id join channel c on c.id = t.channel_id"
                + " where d.state = 'pending'"),
        "outbox",
        rows(
            "select kind, channel_key, recipient_key, thread_root_key, payload::text, state,"
                + " not_before, purpose from outbox"),
        "nudge_tally",
        rows(
            "select m.external_id, c.external_id, n.day, n.count from nudge_tally n"
                + " join member m on m.id = n.member_id join channel c on c.id = n.channel_id"),
        "message_tombstone",
        rows(
            "select c.external_id, d.message_key from message_tombstone d"
                + " join channel c on c.id = d.channel_id"));
  }

  /** Each row as one line, sorted, so that row ids and insertion order do not matter. */
  private static List<String> rows(String sql) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(sql)
                    .map(
                        (rs, ctx) -> {
                          StringBuilder line = new StringBuilder();
                          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            line.append(rs.getString(i)).append('|');
                          }
                          return line.toString();
                        })
                    .list())
        .stream()
        .sorted()
        .toList();
  }

  private static void truncate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
  }

  private static int count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}

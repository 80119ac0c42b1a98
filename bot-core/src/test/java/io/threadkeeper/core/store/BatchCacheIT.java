package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a batch shares must never outlive the rows it came from. */
class BatchCacheIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final ChannelId NEW_CHANNEL = new ChannelId("C0NEW");

  private final Clock clock = Clock.systemUTC();
  private PostgresInbox inbox;
  private InboxProcessor processor;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
    EventApplier poison =
        (handle, event) -> {
          if (event.key().value().endsWith("poison")) {
            throw new IllegalStateException("cannot apply this one");
          }
        };
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(
                new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of()),
                poison,
                new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock)),
            clock,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
  }

  @Test
  void idsCreatedByAFailedRowAreNotReusedByTheRowsAfterIt() {
    inbox.accept(Events.root("1700000000.000001", "U1", 0));
    // The poison row is the first to see this channel and member: their rows go with its savepoint.
    inbox.accept(inNewChannel("1700000000.000002", "poison"));
    inbox.accept(inNewChannel("1700000000.000003", "fine"));
    inbox.accept(Events.reply("1700000000.000004", "1700000000.000001", "U2", 3));

    InboxProcessor.BatchResult result = processor.processBatch();

    assertThat(result).isEqualTo(new InboxProcessor.BatchResult(4, 3, 1));
    assertThat(count("select count(*) from thread t join channel c on c.id = t.channel_id"))
        .isEqualTo(2);
    assertThat(count("select count(*) from message m join member a on a.id = m.author_member_id"))
        .isEqualTo(3);
    assertThat(count("select reply_count from thread where root_key = '1700000000.000001'"))
        .isEqualTo(1);
    assertThat(count("select attempts from inbox where event_key like '%poison'")).isEqualTo(1);
  }

  @Test
  void aThreadWhoseStatusTheNormsChangedReadsFromTheCacheAsFromTheStore() {
    inbox.accept(Events.root("1700000000.000001", "U1", 0));
    inbox.accept(Events.reply("1700000000.000002", "1700000000.000001", "U2", 3));
    processor.drain();

    withTheThread(
        (handle, cache, at) -> {
          ThreadState before = cache.thread(at.channel(), at.root()).orElseThrow();
          NormsStore.ThreadRef ref = cache.threadRef(at.channel(), at.root()).orElseThrow();

          cache.rememberThread(ref.id(), ref.norms(), ThreadStatus.OVERDUE.key());
          ThreadState cached = cache.thread(at.channel(), at.root()).orElseThrow();
          cache.flush();
          ThreadState stored = new BatchCache(handle).thread(at.channel(), at.root()).orElseThrow();

          assertThat(before.status()).isNotEqualTo(ThreadStatus.OVERDUE);
          assertThat(cached).isEqualTo(stored);
          assertThat(stored.status()).isEqualTo(ThreadStatus.OVERDUE);
        });
  }

  @Test
  void aThreadSavedAfterTheNormsChangedItsStatusKeepsTheSavedStatus() {
    inbox.accept(Events.root("1700000000.000001", "U1", 0));
    processor.drain();

    withTheThread(
        (handle, cache, at) -> {
          NormsStore.ThreadRef ref = cache.threadRef(at.channel(), at.root()).orElseThrow();
          ThreadState thread = cache.thread(at.channel(), at.root()).orElseThrow();

          cache.rememberThread(ref.id(), ref.norms(), ThreadStatus.OVERDUE.key());
          cache.saveThread(
              at.workspace(), at.channel(), thread.withStatusColumn(ThreadStatus.ANSWERED));
          cache.flush();

          assertThat(new BatchCache(handle).thread(at.channel(), at.root()).orElseThrow().status())
              .isEqualTo(ThreadStatus.ANSWERED);
        });
  }

  /** Where the test thread is: its workspace's and channel's row ids and its root key. */
  private record ThreadAt(long workspace, long channel, String root) {}

  private interface ThreadCheck {
    void check(Handle handle, BatchCache cache, ThreadAt at);
  }

  /** Runs {@code check} in a transaction, with a fresh cache, on the thread of the first root. */
  private static void withTheThread(ThreadCheck check) {
    postgres
        .jdbi()
        .useTransaction(
            handle -> {
              BatchCache cache = new BatchCache(handle);
              long workspace = cache.workspaceId(Events.WORKSPACE);
              long channel = cache.channelId(workspace, Events.CHANNEL);
              check.check(handle, cache, new ThreadAt(workspace, channel, "1700000000.000001"));
            });
  }

  private static MessagePosted inNewChannel(String key, String eventSuffix) {
    return new MessagePosted(
        Events.WORKSPACE,
        EventKey.platform("Ev" + key + "." + eventSuffix),
        Events.T0.plusSeconds(60),
        NEW_CHANNEL,
        new MessageKey(key),
        null,
        new MemberId("U0NEW"),
        AuthorKind.HUMAN,
        "",
        false,
        0);
  }

  private static int count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}

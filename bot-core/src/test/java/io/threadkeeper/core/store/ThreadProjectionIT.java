package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.delete;
import static io.threadkeeper.core.testing.Events.post;
import static io.threadkeeper.core.testing.Events.react;
import static io.threadkeeper.core.testing.Events.reply;
import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadProjectionIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private PostgresInbox inbox;
  private InboxProcessor processor;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    inbox = new PostgresInbox(postgres.jdbi(), codec, Clock.systemUTC(), () -> {});
    ThreadProjection projection =
        new ThreadProjection(
            new ThreadTracker(true),
            p -> p.text().startsWith("Summary:") ? List.of("summary") : List.of(),
            e -> List.of());
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(projection),
            Clock.systemUTC(),
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
  }

  private void deliver(ChatEvent... events) {
    for (ChatEvent event : events) {
      inbox.accept(event);
    }
    processor.drain();
  }

  private Map<String, Object> thread(String root) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select t.state, t.reply_count, t.participant_count, t.root_deleted,"
                            + " t.summary_key, o.external_id as owner"
                            + " from thread t left join member o on o.id = t.owner_member_id"
                            + " where root_key = :root")
                    .bind("root", root)
                    .mapToMap()
                    .findOne()
                    .orElse(Map.of()));
  }

  @Test
  void repliesUpdateCountsParticipantsAndState() {
    deliver(
        root("1.0", "alice", 0),
        reply("1.1", "1.0", "bob", 30),
        reply("1.2", "1.0", "carol", 40),
        post("1.3", "1.0", "ci-bot", AuthorKind.BOT, 50, "build passed"));

    assertThat(thread("1.0"))
        .containsEntry("state", "answered")
        .containsEntry("reply_count", 2)
        .containsEntry("participant_count", 3)
        .containsEntry("owner", "alice");
  }

  @Test
  void deletingAReplyRemovesWhatItContributed() {
    deliver(root("2.0", "alice", 0), reply("2.1", "2.0", "bob", 30));

    deliver(delete("2.1", 60));

    assertThat(thread("2.0"))
        .containsEntry("state", "open")
        .containsEntry("reply_count", 0)
        .containsEntry("participant_count", 1);
    assertThat(count("select count(*) from message where message_key = '2.1'")).isZero();
  }

  @Test
  void aDeletedRootWithRepliesKeepsItsThreadMarkedAndWithoutRepliesLosesIt() {
    deliver(root("3.0", "alice", 0), reply("3.1", "3.0", "bob", 5), root("4.0", "dan", 0));

    deliver(delete("3.0", 60), delete("4.0", 60));

    assertThat(thread("3.0")).containsEntry("root_deleted", true).containsEntry("reply_count", 1);
    assertThat(thread("4.0")).isEmpty();
  }

  @Test
  void aLateDeliveryOfADeletedMessageDoesNotBringItBack() {
    deliver(delete("5.0", 60));

    deliver(root("5.0", "alice", 0));

    assertThat(thread("5.0")).isEmpty();
    assertThat(count("select count(*) from message where message_key = '5.0'")).isZero();
  }

  @Test
  void theOwnersCheckmarkResolvesTheThread() {
    deliver(root("6.0", "alice", 0), reply("6.1", "6.0", "bob", 5));

    deliver(react("6.0", "bob", "white_check_mark", 6));
    assertThat(thread("6.0")).containsEntry("state", "answered");

    deliver(react("6.0", "alice", "white_check_mark", 7));
    assertThat(thread("6.0")).containsEntry("state", "resolved");
  }

  @Test
  void aSummaryReplyIsRecordedWithoutItsText() {
    deliver(
        root("7.0", "alice", 0),
        post("7.1", "7.0", "alice", AuthorKind.HUMAN, 5, "Summary: we go with venue B"));

    assertThat(thread("7.0")).containsEntry("summary_key", "7.1");
    assertThat(count("select count(*) from message where 'summary' = any(flags)")).isEqualTo(1);
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}

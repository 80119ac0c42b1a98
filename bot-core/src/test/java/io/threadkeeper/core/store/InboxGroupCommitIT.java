package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.store.testing.PostgresExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InboxGroupCommitIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private final AtomicInteger wakeUps = new AtomicInteger();
  private final ExecutorService callers = Executors.newFixedThreadPool(16);
  private PostgresInbox inbox;

  @BeforeEach
  void cleanSlate() {
    postgres.execute("truncate inbox");
    // Patient groups: the tests below hold a lock on purpose until a group has formed behind it.
    inbox = inbox(Duration.ofSeconds(30));
  }

  private PostgresInbox inbox(Duration groupLockWait) {
    return new PostgresInbox(
        postgres.jdbi(),
        new EventCodec(),
        Clock.systemUTC(),
        wakeUps::incrementAndGet,
        groupLockWait);
  }

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  @Test
  void manyConcurrentCallersStoreEachEventOnceAndEachLearnsWhetherItsDeliveryWasNew()
      throws Exception {
    List<MessagePosted> deliveries = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      MessagePosted event = root("1700000000.%06d".formatted(i), "U1", i);
      deliveries.add(event);
      deliveries.add(event);
    }
    Collections.shuffle(deliveries, new Random(7));

    List<Future<Boolean>> answers = new ArrayList<>();
    for (MessagePosted delivery : deliveries) {
      answers.add(callers.submit(() -> inbox.accept(delivery)));
    }
    Map<String, Integer> newPerEvent = new HashMap<>();
    for (int i = 0; i < deliveries.size(); i++) {
      boolean isNew = answers.get(i).get(30, TimeUnit.SECONDS);
      newPerEvent.merge(deliveries.get(i).key().value(), isNew ? 1 : 0, Integer::sum);
    }

    assertThat(newPerEvent).hasSize(1_000).allSatisfy((key, news) -> assertThat(news).isOne());
    assertThat(count("select count(*) from inbox")).isEqualTo(1_000);
    assertThat(wakeUps).hasValue(1_000);
  }

  @Test
  void theSameEventTwiceInOneGroupIsNewForOneCallerOnly() throws Exception {
    MessagePosted twice = root("1700000001.000001", "U1", 0);
    MessagePosted other = root("1700000001.000002", "U1", 1);

    List<Future<Boolean>> group =
        oneGroup(root("1700000001.000000", "U1", 0), List.of(twice, other, twice));

    assertThat(answers(group)).containsExactlyInAnyOrder(true, true, false);
    assertThat(answers(group).get(1)).isTrue();
    assertThat(count("select count(*) from inbox")).isEqualTo(3);
  }

  @Test
  void aFailedGroupFailsEachOfItsCallersAndStoresNoneOfItsEvents() throws Exception {
    MessagePosted poison = root("1700000002.666666", "U1", 0);
    postgres.execute(
        """
        create function refuse_poison() returns trigger language plpgsql as $$
        begin raise exception 'refused %%', new.event_key; end $$;
        create trigger refuse_poison before insert on inbox for each row
          when (new.event_key = '%s') execute function refuse_poison();
        """
            .formatted(poison.key().value()));
    try {
      List<ChatEvent> events = new ArrayList<>();
      for (int i = 1; i <= 9; i++) {
        events.add(root("1700000002.%06d".formatted(i), "U1", i));
      }
      events.add(5, poison);

      List<Future<Boolean>> group = oneGroup(root("1700000002.000000", "U1", 0), events);

      for (Future<Boolean> caller : group) {
        assertThat(failure(caller)).isInstanceOf(InboxUnavailableException.class);
      }
      assertThat(count("select count(*) from inbox")).as("only the blocked first group").isOne();
    } finally {
      postgres.execute("drop trigger refuse_poison on inbox; drop function refuse_poison()");
    }
  }

  @Test
  void anEventWhoseRowAnotherTransactionHoldsKeepsBackNoOtherEvent() throws Exception {
    PostgresInbox impatient = inbox(PostgresInbox.GROUP_LOCK_WAIT);
    MessagePosted held = root("1700000000.000001", "U1", 0);
    List<MessagePosted> free = new ArrayList<>();
    for (int i = 2; i <= 6; i++) {
      free.add(root("1700000000.%06d".formatted(i), "U1", i));
    }
    Future<Boolean> heldCaller;
    List<Future<Boolean>> freeCallers = new ArrayList<>();
    try (Handle holder = postgres.jdbi().open()) {
      holder.begin();
      holder.execute(
          "insert into inbox (workspace_key, event_key, event_type, payload, occurred_at,"
              + " received_at) values (?, ?, 'held', '{}'::jsonb, now(), now())",
          held.workspace().key(),
          held.key().value());
      heldCaller = callers.submit(() -> impatient.accept(held));
      for (MessagePosted event : free) {
        freeCallers.add(callers.submit(() -> impatient.accept(event)));
      }

      assertThat(answers(freeCallers)).containsOnly(true);
      assertThat(heldCaller).isNotDone();
      holder.rollback();
    }
    assertThat(heldCaller.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(count("select count(*) from inbox")).isEqualTo(6);
  }

  @Test
  void aLoneAcceptWaitsForNoCompany() {
    // A writer that lingered for company, even 50 ms a group, would take seconds here.
    long started = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertThat(inbox.accept(root("1700000003.%06d".formatted(i), "U1", i))).isTrue();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(count("select count(*) from inbox")).isEqualTo(20);
  }

  /**
   * Has one caller's group wait on a lock that stops inserts into the inbox, submits {@code events}
   * each from its own caller meanwhile and, once all of them are queued, releases the lock: they
   * form the next group.
   */
  private List<Future<Boolean>> oneGroup(ChatEvent first, List<? extends ChatEvent> events)
      throws Exception {
    Future<Boolean> leader;
    List<Future<Boolean>> group = new ArrayList<>();
    try (Handle locker = postgres.jdbi().open()) {
      locker.begin();
      locker.execute("lock table inbox in share mode");
      leader = callers.submit(() -> inbox.accept(first));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  count(
                          "select count(*) from pg_stat_activity where datname = current_database()"
                              + " and wait_event_type = 'Lock' and query like 'insert into inbox%'")
                      == 1);
      for (ChatEvent event : events) {
        group.add(callers.submit(() -> inbox.accept(event)));
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> inbox.queued() == events.size());
      locker.rollback();
    }
    assertThat(leader.get(10, TimeUnit.SECONDS)).isTrue();
    return group;
  }

  private static List<Boolean> answers(List<Future<Boolean>> futures) throws Exception {
    List<Boolean> answers = new ArrayList<>();
    for (Future<Boolean> future : futures) {
      answers.add(future.get(10, TimeUnit.SECONDS));
    }
    return answers;
  }

  private static Throwable failure(Future<Boolean> caller) throws Exception {
    try {
      caller.get(10, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}

package io.threadkeeper.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.testing.Events;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedInboxTest {
  private final CountDownLatch held = new CountDownLatch(1);
  private final List<ChatEvent> stored = new CopyOnWriteArrayList<>();
  private final Inbox slow =
      event -> {
        try {
          held.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        stored.add(event);
        return true;
      };
  private final BoundedInbox bounded = new BoundedInbox(slow, Duration.ofMillis(200), 2);

  @AfterEach
  void release() {
    held.countDown();
    bounded.close();
  }

  @Test
  void aStoreSlowerThanTheBudgetIsReportedUnavailableInTimeAndFinishesLater() {
    ChatEvent event = Events.root("1.0", "alice", 0);
    long start = System.nanoTime();

    assertThatThrownBy(() -> bounded.accept(event))
        .isInstanceOf(InboxUnavailableException.class)
        .hasMessageContaining("within 200 ms");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(stored).isEmpty();
    held.countDown();
    await().atMost(Duration.ofSeconds(5)).until(() -> stored.contains(event));
  }

  @Test
  void aFastStoreAnswersWhatTheInboxSaid() {
    held.countDown();

    assertThat(bounded.accept(Events.root("2.0", "bob", 0))).isTrue();
  }

  @Test
  void whenEveryThreadAndQueueSlotIsTakenTheEventIsRefusedAtOnce() {
    for (int i = 0; i < 2 + 8; i++) {
      ChatEvent event = Events.root(i + ".5", "alice", i);
      assertThatThrownBy(() -> bounded.accept(event)).isInstanceOf(InboxUnavailableException.class);
    }
    long start = System.nanoTime();

    assertThatThrownBy(() -> bounded.accept(Events.root("99.0", "alice", 99)))
        .isInstanceOf(InboxUnavailableException.class)
        .hasMessageContaining("busy");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(150));
  }
}

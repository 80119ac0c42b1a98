package io.threadkeeper.core.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadTrackerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final MessageKey ROOT = new MessageKey("100.000");

  private final ThreadTracker tracker = new ThreadTracker(true);
  private final List<MessageMeta> messages = new ArrayList<>();

  private ThreadTrackerTest add(String key, String author, AuthorKind kind, int minutes) {
    messages.add(
        new MessageMeta(
            new MessageKey(key),
            ROOT,
            author == null ? null : new MemberId(author),
            kind,
            T0.plusSeconds(60L * minutes),
            false,
            Set.of()));
    return this;
  }

  private ThreadTrackerTest human(String key, String author, int minutes) {
    return add(key, author, AuthorKind.HUMAN, minutes);
  }

  private ThreadState derive(ThreadState previous) {
    return tracker.derive(previous, ROOT, messages, false).orElseThrow();
  }

  @Test
  void aRootAloneOpensAThreadOwnedByItsAuthor() {
    human("100.000", "alice", 0);

    ThreadState thread = derive(null);

    assertThat(thread.status()).isEqualTo(ThreadStatus.OPEN);
    assertThat(thread.owner()).isEqualTo(new MemberId("alice"));
    assertThat(thread.replyCount()).isZero();
    assertThat(thread.participantCount()).isEqualTo(1);
    assertThat(thread.firstReplyAt()).isNull();
  }

  @Test
  void theAuthorsOwnFollowUpIsNotAnAnswerButSomeoneElsesIs() {
    human("100.000", "alice", 0).human("101.000", "alice", 5).human("102.000", "bob", 90);

    ThreadState thread = derive(null);

    assertThat(thread.status()).isEqualTo(ThreadStatus.ANSWERED);
    assertThat(thread.replyCount()).isEqualTo(2);
    assertThat(thread.participantCount()).isEqualTo(2);
    assertThat(thread.firstReplyAt()).isEqualTo(T0.plusSeconds(90 * 60));
    assertThat(thread.lastActivityAt()).isEqualTo(T0.plusSeconds(90 * 60));
  }

  @Test
  void botsIntegrationsAndTheBotItselfNeverCountAsReplies() {
    human("100.000", "alice", 0)
        .add("101.000", "deploybot", AuthorKind.BOT, 1)
        .add("102.000", "threadkeeper", AuthorKind.SELF, 2)
        .add("103.000", null, AuthorKind.SYSTEM, 3);

    ThreadState thread = derive(null);

    assertThat(thread.status()).isEqualTo(ThreadStatus.OPEN);
    assertThat(thread.replyCount()).isZero();
    assertThat(thread.lastActivityAt()).isEqualTo(T0);
  }

  @Test
  void aBotsRootOpensNoThread() {
    add("100.000", "deploybot", AuthorKind.BOT, 0).human("101.000", "bob", 1);

    assertThat(tracker.derive(null, ROOT, messages, false)).isEmpty();
  }

  @Test
  void aDeletedRootKeepsItsThreadOnlyWhileItHasReplies() {
    human("101.000", "bob", 5);

    ThreadState kept = tracker.derive(null, ROOT, messages, true).orElseThrow();
    messages.clear();

    assertThat(kept.rootDeleted()).isTrue();
    assertThat(kept.author()).isNull();
    assertThat(kept.owner()).isNull();
    assertThat(tracker.derive(kept, ROOT, messages, true)).isEmpty();
  }

  @Test
  void aReplyThatArrivesBeforeItsRootIsKeptAndTheRootCompletesTheThreadLater() {
    human("101.000", "bob", -3);
    ThreadState early = tracker.derive(null, ROOT, messages, false).orElseThrow();
    human("100.000", "alice", 0);

    ThreadState complete = derive(early);

    assertThat(early.author()).isNull();
    assertThat(complete.author()).isEqualTo(new MemberId("alice"));
    assertThat(complete.owner()).isEqualTo(new MemberId("alice"));
    assertThat(complete.openedAt()).isEqualTo(T0);
    assertThat(complete.firstReplyAt()).isEqualTo(T0.minusSeconds(180));
  }

  @Test
  void aReassignedOwnerSurvivesNewReplies() {
    human("100.000", "alice", 0);
    ThreadState reassigned = derive(null).withOwner(new MemberId("carol"));
    human("101.000", "bob", 10);

    assertThat(derive(reassigned).owner()).isEqualTo(new MemberId("carol"));
  }

  @Test
  void onlyTheOwnersCheckmarkResolvesAndTakingItBackReopens() {
    human("100.000", "alice", 0).human("101.000", "bob", 10);
    ThreadState thread = derive(null);

    assertThat(tracker.resolvesByReaction(thread, new MemberId("bob"), "white_check_mark"))
        .isFalse();
    assertThat(tracker.resolvesByReaction(thread, new MemberId("alice"), "eyes")).isFalse();
    assertThat(tracker.resolvesByReaction(thread, new MemberId("alice"), "white_check_mark"))
        .isTrue();
    ThreadState resolved = thread.withStatus(ThreadStatus.RESOLVED, T0, "reaction");
    assertThat(tracker.reopensByReactionRemoval(resolved, new MemberId("alice"), "✅")).isTrue();
    assertThat(tracker.unresolvedStatus(resolved)).isEqualTo(ThreadStatus.ANSWERED);
  }

  @Test
  void checkmarksResolveNothingWhenTheWorkspaceTurnedThatOff() {
    human("100.000", "alice", 0);
    ThreadState thread = derive(null);

    assertThat(
            new ThreadTracker(false)
                .resolvesByReaction(thread, new MemberId("alice"), "white_check_mark"))
        .isFalse();
  }

  @Test
  void aFlaggedSummaryReplyIsRememberedAndForgottenWhenDeleted() {
    human("100.000", "alice", 0);
    messages.add(
        new MessageMeta(
            new MessageKey("105.000"),
            ROOT,
            new MemberId("alice"),
            AuthorKind.HUMAN,
            T0.plusSeconds(600),
            false,
            Set.of(MessageMeta.SUMMARY)));
    ThreadState summarized = derive(null);
    messages.remove(1);

    assertThat(summarized.summary()).isEqualTo(new MessageKey("105.000"));
    assertThat(derive(summarized).summary()).isNull();
  }

  @Test
  void aResolvedThreadStaysResolvedWhenSomeoneRepliesLater() {
    human("100.000", "alice", 0);
    ThreadState resolved = derive(null).withStatus(ThreadStatus.RESOLVED, T0, "command");
    human("101.000", "bob", 30);

    assertThat(derive(resolved).status()).isEqualTo(ThreadStatus.RESOLVED);
  }
}

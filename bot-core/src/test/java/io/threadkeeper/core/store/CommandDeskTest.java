package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.port.CommandReply;
import io.threadkeeper.core.testing.Events;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk's immediate answers that need no database, and the wording helpers. */
class CommandDeskTest {
  private final PostgresCommandDesk unavailable =
      new PostgresCommandDesk(
          event -> {
            throw new InboxUnavailableException("down", null);
          },
          Jdbi.create("jdbc:postgresql://127.0.0.1:1/none"),
          Clock.systemUTC(),
          Duration.ofSeconds(1));

  @AfterEach
  void close() {
    unavailable.close();
  }

  private static CommandInvoked command(String arguments) {
    return new CommandInvoked(
        Events.WORKSPACE,
        EventKey.platform("e1"),
        Events.T0,
        Events.CHANNEL,
        new MemberId("U0ALICE"),
        arguments,
        null,
        "handle");
  }

  @Test
  void slackEscapesAreUndoneBeforeParsing() {
    assertThat(PostgresCommandDesk.argumentsOf(command("owner &lt;@U0BOB&gt; &amp;")))
        .isEqualTo("owner <@U0BOB> &");
  }

  @Test
  void anUnavailableInboxIsSaidPlainly() {
    assertThat(unavailable.receive(command("mine"), false).body().text())
        .isEqualTo(
            "Threadkeeper could not take this command right now; please try again in a minute.");
  }

  @Test
  void helpIsAnsweredAtOnceWithoutTheInbox() {
    assertThat(unavailable.receive(command("help snooze"), false).body().text())
        .contains("/async snooze");
  }

  @Test
  void askOpensAFormWithTheDueDatePrefilled() {
    CommandReply reply = unavailable.receive(command("ask 2026-11-20"), false);

    assertThat(reply.form()).isPresent();
    assertThat(reply.form().get().fields())
        .extracting(CommandReply.FormField::id, CommandReply.FormField::initialValue)
        .contains(org.assertj.core.groups.Tuple.tuple("due", "2026-11-20"));
  }

  @Test
  void threadCommandsOutsideAThreadAreExplained() {
    assertThat(unavailable.receive(command("resolve"), false).body().text())
        .contains("inside the thread");
  }

  @Test
  void anUnknownButtonIsNotStored() {
    InteractionReceived click =
        new InteractionReceived(
            Events.WORKSPACE,
            EventKey.platform("e2"),
            Events.T0,
            Events.CHANNEL,
            new MemberId("U0ALICE"),
            "old.button",
            Map.of(),
            null,
            "handle");
    assertThat(unavailable.receive(click, false).body().text()).isEqualTo(DeskWording.STALE_BUTTON);
  }

  @Test
  void anAskFormNeedsEveryFieldAndADate() {
    assertThatThrownBy(() -> AskRequest.read(Map.of("background", "b", "decision", "d")))
        .hasMessage("Please fill in an owner.");
    assertThat(
            AskRequest.read(
                Map.of(
                    "background", "b", "decision", "d", "owner", "<@U0BOB>", "due", "2026-03-05")))
        .isEqualTo(new AskRequest("b", "d", new MemberId("U0BOB"), LocalDate.of(2026, 3, 5)));
  }

  @Test
  void massMentionsInPostedTextArePlainWords() {
    assertThat(ThreadCommands.defang("<!here|here> and @everyone, ask <@U0BOB>"))
        .isEqualTo("here and everyone, ask <@U0BOB>");
  }

  @Test
  void theLastCompleteWeekOfAWednesdayIsThePreviousOne() {
    assertThat(ReportCommand.lastCompleteWeek(LocalDate.of(2026, 3, 4)).toString())
        .isEqualTo("2026-W09");
  }

  @Test
  void aPseudonymIsStablePerWorkspaceAndMember() {
    assertThat(MemberErasure.pseudonym("slack:T1", "U1"))
        .startsWith("forgotten-")
        .isEqualTo(MemberErasure.pseudonym("slack:T1", "U1"))
        .isNotEqualTo(MemberErasure.pseudonym("slack:T2", "U1"));
  }
}

package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.port.MemberOverview;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a member's overview (the Slack Home tab) says, read from stored state. */
class MemberOverviewsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final Clock CLOCK = Clock.fixed(Events.T0.plusSeconds(60), ZoneOffset.UTC);

  private PostgresInbox inbox;
  private InboxProcessor processor;
  private final PostgresMemberOverviews overviews = new PostgresMemberOverviews(postgres.jdbi());

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    NormsRunner norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), CLOCK);
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(
                new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of()),
                norms),
            CLOCK,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, CLOCK, () -> {});
  }

  private static String field(MessageBody body, String label) {
    return body.fields().stream()
        .filter(f -> f.label().equals(label))
        .findFirst()
        .orElseThrow()
        .value();
  }

  private long rows(String table) {
    return postgres
        .jdbi()
        .withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }

  @Test
  void theOwnersThreadsAreListedWithDueTimesInTheirProfilesZone() {
    inbox.accept(
        new MemberProfileChanged(
            Events.WORKSPACE,
            EventKey.derived("member_profile_changed", "priya"),
            Events.T0.minusSeconds(3600),
            new MemberId("priya"),
            "Asia/Kolkata",
            false,
            false));
    inbox.accept(Events.root("1.0", "priya", 0));
    inbox.accept(Events.root("2.0", "bob", 1));
    processor.drain();

    MemberOverview overview = overviews.of(Events.WORKSPACE, new MemberId("priya"));

    // Monday 14:30 in Kolkata + 8 working hours = Tuesday 14:30 there.
    assertThat(overview.threads().text())
        .contains("Times in Asia/Kolkata", "<#C0GENERAL> thread 1.0", "due Tue 3 Mar 14:30 +05:30")
        .doesNotContain("thread 2.0");
    assertThat(field(overview.settings(), "Time zone"))
        .isEqualTo("Asia/Kolkata (from your profile)");
    assertThat(field(overview.settings(), "Working hours")).contains("(the workspace's)");
    assertThat(field(overview.settings(), "Nudges")).startsWith("on");
  }

  @Test
  void someoneNeverSeenGetsTheDefaultsAndNothingIsStored() {
    WorkspaceRef unknown = new WorkspaceRef(Platform.SLACK, "T0NEVER");

    MemberOverview overview = overviews.of(unknown, new MemberId("U0NEW"));

    assertThat(overview.threads().text()).isEqualTo("You own no open threads.");
    assertThat(field(overview.settings(), "Time zone")).isEqualTo("UTC (the workspace's)");
    assertThat(rows("workspace")).isZero();
    assertThat(rows("member")).isZero();
  }
}

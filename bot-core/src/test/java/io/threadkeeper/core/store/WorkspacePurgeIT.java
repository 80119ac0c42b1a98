package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.WORKSPACE;
import static io.threadkeeper.core.testing.Events.post;
import static io.threadkeeper.core.testing.Events.reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.AccessRevoked;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.port.Installation;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Removing the app purges the workspace through the same pipeline as every other event. */
class WorkspacePurgeIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final WorkspaceRef OTHER = new WorkspaceRef(Platform.SLACK, "T0OTHER");

  private PostgresInbox inbox;
  private InboxProcessor processor;
  private PostgresInstallations installations;

  @BeforeEach
  void cleanSlate() {
    postgres.execute("truncate workspace, inbox, installation restart identity cascade");
    EventCodec codec = new EventCodec();
    Clock clock = Clock.systemUTC();
    ThreadProjection projection =
        new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of());
    NormsRunner norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock);
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(projection, norms, new WorkspacePurge()),
            clock,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
    byte[] key = new byte[TokenCipher.KEY_BYTES];
    installations =
        new PostgresInstallations(
            postgres.jdbi(), TokenCipher.fromBase64(Base64.getEncoder().encodeToString(key)));
  }

  private void deliver(ChatEvent... events) {
    for (ChatEvent event : events) {
      inbox.accept(event);
    }
    assertThat(processor.drain().failed()).isZero();
  }

  private static MessagePosted in(WorkspaceRef workspace, MessagePosted p) {
    return new MessagePosted(
        workspace,
        p.key(),
        p.occurredAt(),
        p.channel(),
        p.message(),
        p.threadRoot(),
        p.author(),
        p.authorKind(),
        p.text(),
        p.broadcast(),
        p.attachments());
  }

  private static AccessRevoked revoked(WorkspaceRef workspace, String cause, String eventId) {
    return new AccessRevoked(
        workspace, EventKey.platform(eventId), Instant.parse("2026-03-03T09:00:00Z"), cause);
  }

  private void seed(WorkspaceRef workspace) {
    String token = "xoxb-0000-1111-" + workspace.externalId().toLowerCase();
    installations.save(
        new Installation(
            workspace,
            null,
            "A0APP",
            "U0BOT",
            null,
            Set.of("chat:write"),
            null,
            token,
            Instant.parse("2026-03-01T09:00:00Z")));
    deliver(
        in(workspace, post("1.0", null, "alice", AuthorKind.HUMAN, 0, "<!here> quick call?")),
        in(workspace, post("2.0", null, "bob", AuthorKind.HUMAN, 5, "Plan for the fair")),
        in(workspace, reply("2.1", "2.0", "carol", 9)));
  }

  private long count(String sql, WorkspaceRef workspace) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(sql)
                    .bind("external", workspace.externalId())
                    .bind("key", workspace.key())
                    .mapTo(Long.class)
                    .one());
  }

  private long total(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private long workspaceRows(WorkspaceRef w, String table) {
    return count(
        "select count(*) from "
            + table
            + " t join workspace w on w.id = t.workspace_id where w.external_id = :external",
        w);
  }

  private void assertPurged(WorkspaceRef workspace) {
    assertThat(count("select count(*) from workspace where external_id = :external", workspace))
        .isZero();
    assertThat(count("select count(*) from installation where workspace_key = :key", workspace))
        .isZero();
    assertThat(
            count(
                "select count(*) from inbox where workspace_key = :key"
                    + " and event_type <> 'access_revoked'",
                workspace))
        .isZero();
    assertThat(installations.find(workspace)).isEmpty();
  }

  private void assertUntouched(WorkspaceRef workspace) {
    assertThat(workspaceRows(workspace, "thread")).isEqualTo(2);
    assertThat(workspaceRows(workspace, "outbox")).isPositive();
    assertThat(
            count(
                "select count(*) from deadline d join workspace w on w.id = d.workspace_id"
                    + " where w.external_id = :external and d.state = 'pending'",
                workspace))
        .isPositive();
    assertThat(installations.find(workspace)).isPresent();
  }

  @Test
  void uninstallingPurgesTheWorkspaceItsJobsAndItsTokenAndNothingElse() {
    seed(WORKSPACE);
    seed(OTHER);
    assertUntouched(WORKSPACE);

    deliver(revoked(WORKSPACE, "app_uninstalled", "EvUNINSTALL"));

    assertPurged(WORKSPACE);
    assertUntouched(OTHER);
    assertThat(total("select count(*) from outbox")).isEqualTo(workspaceRows(OTHER, "outbox"));
    assertThat(total("select count(*) from deadline"))
        .isEqualTo(
            count(
                "select count(*) from deadline d join workspace w on w.id = d.workspace_id"
                    + " where w.external_id = :external",
                OTHER));
  }

  @Test
  void uninstalledThenRevokedAndRevokedThenUninstalledBothEndPurged() {
    seed(WORKSPACE);
    seed(OTHER);

    deliver(
        revoked(WORKSPACE, "app_uninstalled", "EvA1"),
        revoked(WORKSPACE, "tokens_revoked", "EvA2"));
    deliver(revoked(OTHER, "tokens_revoked", "EvB1"), revoked(OTHER, "app_uninstalled", "EvB2"));

    assertPurged(WORKSPACE);
    assertPurged(OTHER);
    assertThat(total("select count(*) from inbox where processed_at is null")).isZero();
  }

  @Test
  void theSameRemovalDeliveredTwiceIsStoredOnce() {
    seed(WORKSPACE);

    deliver(revoked(WORKSPACE, "app_uninstalled", "EvSAME"));
    deliver(revoked(WORKSPACE, "app_uninstalled", "EvSAME"));

    assertPurged(WORKSPACE);
    assertThat(count("select count(*) from inbox where workspace_key = :key", WORKSPACE))
        .isEqualTo(1);
  }
}

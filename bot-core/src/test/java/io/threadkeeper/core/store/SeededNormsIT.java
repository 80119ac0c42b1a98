package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Norms seeded from the configuration file, then changed in chat, then seeded again. */
class SeededNormsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0SEED");
  private static final ChannelId INCIDENTS = new ChannelId("C0INCIDENTS");
  private final SeededNorms seeding =
      new SeededNorms(
          postgres.jdbi(), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

  private static SeededNorms.Workspace seed(Duration replyWindow) {
    return new SeededNorms.Workspace(
        WORKSPACE,
        Optional.of(ZoneId.of("Europe/Berlin")),
        Optional.of(WorkingHours.parse("Mon-Thu 08:00-16:00")),
        Optional.of(true),
        Map.of(
            INCIDENTS,
            List.of(new ChannelSetting.ReplyWindow(replyWindow), new ChannelSetting.Urgent(true))));
  }

  @Test
  void theFileSeedsChatChangesStayAndAChangedFileValueAppliesAgain() {
    assertThat(seeding.apply(List.of(seed(Duration.ofHours(16))))).isEqualTo(5);

    NormsStore.ChannelRow channel = channel();
    assertThat(channel.replyWindow()).isEqualTo(Duration.ofHours(16));
    assertThat(channel.urgent()).isTrue();
    NormsStore.WorkspaceRow workspace =
        postgres.jdbi().withExtension(NormsStore.class, s -> s.workspace(workspaceId()));
    assertThat(workspace.timeZone()).isEqualTo("Europe/Berlin");
    assertThat(workspace.workingHours()).isEqualTo("Mon-Thu 08:00-16:00");
    assertThat(workspace.shadow()).isTrue();
    assertThat(audit())
        .contains(
            "config file|config reply-window|C0INCIDENTS|changed",
            "config file|config urgent|C0INCIDENTS|changed",
            "config file|config time-zone|null|changed");

    // A moderator shortens the window in chat; a restart with the same file keeps their choice.
    postgres.execute(
        "update channel set reply_window = interval '4 hours' where external_id = 'C0INCIDENTS'");
    assertThat(seeding.apply(List.of(seed(Duration.ofHours(16))))).isZero();
    assertThat(channel().replyWindow()).isEqualTo(Duration.ofHours(4));

    // The operator edits the file: the new value is applied and audited.
    assertThat(seeding.apply(List.of(seed(Duration.ofHours(24))))).isEqualTo(1);
    assertThat(channel().replyWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(audit()).hasSize(6);
  }

  @Test
  void aChannelsFirstDescriptionKeepsTheUrgentFlagTheFileSet() {
    seeding.apply(List.of(seed(Duration.ofHours(8))));

    long channelId =
        postgres.jdbi().withExtension(Directory.class, d -> d.channelId(workspaceId(), INCIDENTS));
    postgres.jdbi().useExtension(Directory.class, d -> d.seedChannel(channelId, false));

    assertThat(channel().urgent()).isTrue();
  }

  private long workspaceId() {
    return postgres.jdbi().withExtension(Directory.class, d -> d.workspaceId(WORKSPACE));
  }

  private NormsStore.ChannelRow channel() {
    long channelId =
        postgres.jdbi().withExtension(Directory.class, d -> d.channelId(workspaceId(), INCIDENTS));
    return postgres.jdbi().withExtension(NormsStore.class, s -> s.channel(channelId)).orElseThrow();
  }

  private List<String> audit() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select actor || '|' || action || '|' || coalesce(target, 'null') || '|'"
                            + " || outcome from audit_log order by id")
                    .mapTo(String.class)
                    .list());
  }
}

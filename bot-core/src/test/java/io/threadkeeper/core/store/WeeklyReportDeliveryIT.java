package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.report.WeeklyReport;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scheduled weekly report: the week is the last complete one in the workspace's zone at the
 * scheduled instant, it reaches the outbox once per workspace and week, and the outbox row carries
 * the report model to the platform.
 */
class WeeklyReportDeliveryIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final WorkspaceRef BERLIN = WorkspaceRef.parse("slack:T0123");
  private static final WorkspaceRef TOKYO = WorkspaceRef.parse("discord:900");
  private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

  private final WeeklyReportDelivery delivery =
      new WeeklyReportDelivery(postgres.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeAll
  static void workspaces() {
    postgres.jdbi().useTransaction(ReportFixtureWeek::write);
    postgres.execute(
        "update workspace set settings = settings"
            + " || '{\"report_channel\": \"C1\", \"report_recipients\": [\"U4\"]}'"
            + " where external_id = 'T0123'");
    postgres.execute(
        "insert into workspace (platform, external_id, time_zone, settings)"
            + " values ('discord', '900', 'Asia/Tokyo', '{\"report_channel\": \"700\"}')");
  }

  @BeforeEach
  void noDeliveriesYet() {
    postgres.execute("truncate report_delivery");
    postgres.execute("delete from outbox");
  }

  private static long reportRows(String workspace) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select count(*) from outbox o join workspace w on w.id = o.workspace_id"
                            + " where w.external_id = :w"
                            + " and o.correlation_id like 'weekly-report:%'")
                    .bind("w", workspace)
                    .mapTo(Long.class)
                    .one());
  }

  @Test
  void mondayMorningInTokyoReportsTheWeekThatJustEndedThere() {
    // Monday 23 November 09:00 in Tokyo is still Sunday 22 November, 00:00 UTC.
    Instant mondayNineTokyo = Instant.parse("2026-11-23T00:00:00Z");

    assertThat(delivery.deliver(TOKYO, mondayNineTokyo)).contains(IsoWeek.parse("2026-W47"));
    assertThat(reportRows("900")).isEqualTo(1);
    // One minute before midnight in Tokyo, week 47 was not over yet.
    assertThat(delivery.deliver(TOKYO, Instant.parse("2026-11-22T14:59:00Z")))
        .contains(IsoWeek.parse("2026-W46"));
  }

  @Test
  void aSecondFireForTheSameWeekPostsNothing() {
    Instant monday = Instant.parse("2026-10-26T08:00:00Z");

    assertThat(delivery.deliver(BERLIN, monday)).contains(IsoWeek.parse("2026-W43"));
    // A misfire handled late, a retry: the same scheduled instant, or a later one that week.
    assertThat(delivery.deliver(BERLIN, monday)).isEmpty();
    assertThat(delivery.deliver(BERLIN, monday.plusSeconds(3600))).isEmpty();
    // The channel and one direct message.
    assertThat(reportRows("T0123")).isEqualTo(2);
  }

  @Test
  void twoNodesFiringAtOnceDeliverOnce() throws Exception {
    Instant monday = Instant.parse("2026-10-26T08:00:00Z");
    List<Database> pools = List.of(open("node-a"), open("node-b"));
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Optional<IsoWeek>>> fired = new ArrayList<>();
      for (Database pool : pools) {
        WeeklyReportDelivery node =
            new WeeklyReportDelivery(pool.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC));
        Callable<Optional<IsoWeek>> fire =
            () -> {
              start.await();
              return node.deliver(BERLIN, monday);
            };
        fired.add(nodes.submit(fire));
      }
      start.countDown();

      long delivered = 0;
      for (Future<Optional<IsoWeek>> each : fired) {
        delivered += each.get().isPresent() ? 1 : 0;
      }
      assertThat(delivered).isEqualTo(1);
      assertThat(reportRows("T0123")).isEqualTo(2);
    } finally {
      nodes.shutdownNow();
      pools.forEach(Database::close);
    }
  }

  @Test
  void theOutboxCarriesTheReportModelToThePlatform() {
    delivery.deliver(BERLIN, Instant.parse("2026-10-26T08:00:00Z"));
    FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, Clock.fixed(NOW, ZoneOffset.UTC));
    new OutboxDispatcher(
            postgres.jdbi(),
            List.of(slack),
            Clock.fixed(NOW, ZoneOffset.UTC),
            DispatchSettings.defaults(),
            new Random(1))
        .dispatchDue();

    List<OutboundMessage> sent =
        slack.posted().stream().map(FakeChatPlatform.Posted::message).toList();
    assertThat(sent)
        .extracting(OutboundMessage::delivery)
        .containsExactlyInAnyOrder(Delivery.CHANNEL, Delivery.DIRECT_MESSAGE);
    WeeklyReport carried = sent.get(0).body().report();
    assertThat(carried)
        .isEqualTo(
            new WeeklyReportQuery(postgres.jdbi())
                .weekly(BERLIN, IsoWeek.parse("2026-W43"), ZoneId.of("Europe/Berlin")));
    assertThat(carried.current().workspace().threads()).isEqualTo(5);
    assertThat(sent.get(0).body().text()).contains("5 threads");
  }

  @Test
  void aWorkspaceWithNowhereToSendGetsNoReport() {
    postgres.execute(
        "insert into workspace (platform, external_id) values ('slack', 'TQUIET')"
            + " on conflict do nothing");

    assertThat(delivery.deliver(WorkspaceRef.parse("slack:TQUIET"), NOW)).isEmpty();
    assertThat(reportRows("TQUIET")).isZero();
  }

  private static Database open(String name) {
    return Database.open(postgres.settings(), 2, name);
  }
}

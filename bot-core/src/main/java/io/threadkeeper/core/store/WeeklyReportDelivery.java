package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.report.ReportPeriods;
import io.threadkeeper.core.report.ReportText;
import io.threadkeeper.core.report.WeeklyReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Posts a workspace's weekly report of the last complete week, once: it claims the week in {@code
 * report_delivery}, computes the report and writes its outbox rows in one transaction, so a second
 * call for the same week, late, retried or on another node, finds the claim and writes nothing.
 *
 * <p>The report goes to the workspace's {@code report_channel} and, by direct message, to each of
 * its {@code report_recipients} (workspace settings); a workspace with neither gets none.
 *
 * <p>Thread-safe.
 */
public final class WeeklyReportDelivery {
  /** The workspace setting naming the channel the report is posted in. */
  public static final String CHANNEL_SETTING = "report_channel";

  /** The workspace setting listing the members who get the report by direct message. */
  public static final String RECIPIENTS_SETTING = "report_recipients";

  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();
  private static final TypeReference<List<String>> KEYS = new TypeReference<>() {};

  private final Jdbi jdbi;
  private final WeeklyReportQuery query;
  private final Outbox outbox;
  private final Clock clock;
  private final ObjectMapper json = StoreJson.mapper();

  public WeeklyReportDelivery(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.query = new WeeklyReportQuery(jdbi);
    this.outbox = new Outbox(clock);
  }

  /**
   * Delivers the report of the last week that was complete at {@code firedAt} in the workspace's
   * zone, unless it was delivered before.
   *
   * @param firedAt when the delivery was due (a trigger's scheduled fire time), which names the
   *     week even when the delivery runs late
   * @return the week delivered now; empty when it was delivered before, or the workspace is unknown
   *     or has nowhere to send it
   * @throws IllegalArgumentException naming the setting, when {@code report_recipients} is not a
   *     list of member ids
   */
  public Optional<IsoWeek> deliver(WorkspaceRef workspace, Instant firedAt) {
    return jdbi.inTransaction(
        h -> {
          Optional<Destination> found = destination(h, workspace);
          if (found.isEmpty() || found.get().isNowhere()) {
            return Optional.empty();
          }
          Destination destination = found.get();
          IsoWeek week =
              ReportCommand.lastCompleteWeek(LocalDate.ofInstant(firedAt, destination.zone()));
          boolean claimed =
              h.createUpdate(locate("claim"))
                      .bind("workspaceId", destination.workspaceId())
                      .bind("week", week.toString())
                      .bind("now", clock.instant())
                      .execute()
                  == 1;
          if (!claimed) {
            return Optional.empty();
          }
          MessageBody body = body(query.weekly(h, workspace, week, destination.zone()));
          for (OutboxEntry entry : entries(workspace, destination, body, week)) {
            outbox.enqueue(h, entry);
          }
          return Optional.of(week);
        });
  }

  /** The report as a message: the model for adapters, a headline for everything else. */
  static MessageBody body(WeeklyReport report) {
    String text =
        ReportPeriods.describe(report.current(), report.zone())
            + "\n"
            + ReportText.headline(report.current().workspace());
    return new MessageBody("Thread health " + report.week(), text, List.of(), List.of(), report);
  }

  private List<OutboxEntry> entries(
      WorkspaceRef workspace, Destination destination, MessageBody body, IsoWeek week) {
    Instant now = clock.instant();
    String correlation = "weekly-report:" + week;
    List<OutboxEntry> entries = new ArrayList<>();
    destination
        .channel()
        .ifPresent(
            channel ->
                entries.add(
                    OutboxEntry.toChannel(workspace, channel, body, now)
                        .withCorrelationId(correlation)));
    for (MemberId member : destination.recipients()) {
      entries.add(
          new OutboxEntry(
              workspace,
              Delivery.DIRECT_MESSAGE,
              null,
              null,
              member,
              body,
              correlation,
              now,
              false,
              null));
    }
    return entries;
  }

  private Optional<Destination> destination(Handle h, WorkspaceRef workspace) {
    return h.createQuery(locate("destination"))
        .bind("platform", workspace.platform().key())
        .bind("externalId", workspace.externalId())
        .map(
            (rs, ctx) ->
                new Destination(
                    rs.getLong("id"),
                    ZoneId.of(rs.getString("time_zone")),
                    Optional.ofNullable(rs.getString("channel"))
                        .filter(c -> !c.isBlank())
                        .map(ChannelId::new),
                    recipients(workspace, rs.getString("recipients"))))
        .findOne();
  }

  private List<MemberId> recipients(WorkspaceRef workspace, String setting) {
    try {
      return json.readValue(setting, KEYS).stream().map(MemberId::new).toList();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          RECIPIENTS_SETTING
              + " of "
              + workspace.key()
              + " must be a list of member ids such as [\"U0123\"]",
          e);
    }
  }

  private static String locate(String name) {
    return SQL.locate(WeeklyReportDelivery.class, name);
  }

  /** Where one workspace's report goes. */
  private record Destination(
      long workspaceId, ZoneId zone, Optional<ChannelId> channel, List<MemberId> recipients) {
    boolean isNowhere() {
      return channel.isEmpty() && recipients.isEmpty();
    }
  }
}

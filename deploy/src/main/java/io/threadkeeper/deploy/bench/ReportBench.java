package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.WeeklyReportQuery;
import java.time.ZoneOffset;

/**
 * Report: thread health over a week of {@code messages} messages in 100,000 threads across 50
 * channels, computed by SQL; also leaves 100,000 open threads behind for the heap figure.
 */
final class ReportBench {
  static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "TREPORT");

  /** Monday 16 November 2026 to Sunday 22 November, with seven weeks of trend before it. */
  static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

  private final Database database;

  ReportBench(Database database) {
    this.database = database;
  }

  void prepare(int messages) {
    database
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "insert into workspace (platform, external_id) values ('slack', 'TREPORT')");
              h.execute(
                  "insert into channel (workspace_id, external_id, name) select w.id, 'CR' || g,"
                      + " 'channel-' || g from workspace w, generate_series(1, 50) g"
                      + " where w.external_id = 'TREPORT'");
              h.execute(
                  "insert into member (workspace_id, external_id) select w.id, 'UR' || g"
                      + " from workspace w, generate_series(1, 500) g"
                      + " where w.external_id = 'TREPORT'");
              h.execute(
                  "insert into thread (workspace_id, channel_id, root_key, author_member_id,"
                      + " owner_member_id, state, reply_count, participant_count, opened_at,"
                      + " first_reply_at, last_activity_at)"
                      + " select c.workspace_id, c.id, 'r' || g, null, null,"
                      + " case when g % 4 = 0 then 'open' else 'answered' end, 9, 4,"
                      + " timestamptz '2026-11-16 00:00Z' + (g % 600000) * interval '1 second',"
                      + " case when g % 4 = 0 then null else timestamptz '2026-11-16 00:00Z'"
                      + " + (g % 600000 + 3600 + g % 7200) * interval '1 second' end,"
                      + " timestamptz '2026-11-16 00:00Z' + (g % 600000 + 9000) * interval"
                      + " '1 second' from generate_series(1, 100000) g"
                      + " join channel c on c.external_id = 'CR' || (1 + g % 50)");
              h.createUpdate(
                      "insert into message (workspace_id, channel_id, message_key, root_key,"
                          + " author_member_id, author_kind, posted_at)"
                          + " select t.workspace_id, t.channel_id, t.root_key || '.' || (g % 10),"
                          + " t.root_key, m.id, 'human', t.opened_at + (g % 10) * interval"
                          + " '10 minutes' from generate_series(0, :messages - 1) g"
                          + " join thread t on t.root_key = 'r' || (1 + g / 10)"
                          + " join member m on m.external_id = 'UR' || (1 + g % 500)")
                  .bind("messages", messages)
                  .execute();
            });
    database.jdbi().useHandle(h -> h.execute("analyze"));
  }

  /** Seconds to compute the week's full report, its eight-week trend included. */
  double run() {
    long started = System.nanoTime();
    new WeeklyReportQuery(database.jdbi()).weekly(WORKSPACE, WEEK, ZoneOffset.UTC);
    return IngestBench.seconds(started);
  }
}

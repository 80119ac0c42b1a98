package io.threadkeeper.core.store;

import org.jdbi.v3.core.Handle;

/**
 * The hand-counted week of {@link WeeklyReportQueryIT}. Times are UTC; Berlin is UTC+2 until Sunday
 * 25 October 2026 03:00, then UTC+1.
 */
final class ReportFixtureWeek {
  private ReportFixtureWeek() {}

  static void write(Handle handle) {
    ReportFixture f = new ReportFixture(handle, "T0123", "Europe/Berlin");
    long planning = f.channel("C1", "planning");
    long ops = f.channel("C2", "ops");
    long m1 = f.member("U1");
    long m2 = f.member("U2");
    long m3 = f.member("U3");
    long m4 = f.member("U4");
    long m5 = f.member("U5");
    long bot = f.member("B1");
    // Week 42: U1 to U3 have spoken before, so they are not first-timers in week 43.
    f.message(planning, "w42.1", "w42.1", m1, "2026-10-14T08:00:00Z");
    f.message(planning, "w42.2", "w42.2", m2, "2026-10-14T08:05:00Z");
    f.message(planning, "w42.3", "w42.3", m3, "2026-10-14T08:10:00Z");

    // T1 Mon 10:00, answered 12:30 (2.5 h), resolved.
    String t1 = "1792396800.000100";
    f.thread(
        planning,
        t1,
        m1,
        "2026-10-19T08:00:00Z",
        "2026-10-19T10:30:00Z",
        null,
        "2026-10-20T08:00:00Z",
        2);
    f.message(planning, t1, t1, m1, "2026-10-19T08:00:00Z");
    f.message(planning, t1 + ".r1", t1, m2, "2026-10-19T10:30:00Z");
    f.message(planning, t1 + ".r2", t1, m3, "2026-10-19T19:00:00Z");
    // T3 Tue 09:00, never answered: due Tue 17:00, overdue at the week's end.
    String t3 = "1792573200.000300";
    f.thread(planning, t3, m3, "2026-10-20T07:00:00Z", null, null, null, 0);
    f.message(planning, t3, t3, m3, "2026-10-20T07:00:00Z");
    // T4 Wed 09:00, due Wed 10:00, answered 12:00 (3 h): late; 25 replies, no summary.
    String t4 = "1792659600.000400";
    f.thread(
        planning,
        t4,
        m1,
        "2026-10-21T07:00:00Z",
        "2026-10-21T10:00:00Z",
        "2026-10-21T08:00:00Z",
        null,
        25);
    f.message(planning, t4, t4, m1, "2026-10-21T07:00:00Z");
    f.message(planning, t4 + ".r1", t4, m2, "2026-10-21T10:00:00Z");
    f.message(planning, t4 + ".r2", t4, m2, "2026-10-21T11:00:00Z");
    f.message(planning, t4 + ".r3", t4, m4, "2026-10-21T12:00:00Z");
    // T2 Fri 16:00, no owner, answered Monday 26 October 11:00 CET: 1 h + 2 h, inside its window.
    String t2 = "1792850400.000200";
    f.thread(planning, t2, null, "2026-10-23T14:00:00Z", "2026-10-26T10:00:00Z", null, null, 1);
    f.message(planning, t2, t2, m4, "2026-10-23T14:00:00Z");
    f.message(planning, t2 + ".r1", t2, m1, "2026-10-26T10:00:00Z");
    f.message(planning, "standup", "standup", bot, "2026-10-22T20:00:00Z", "bot");
    // T5 Saturday noon in #ops, answered an hour later: no working time passed; resolved.
    String t5 = "1792922400.000500";
    f.thread(
        ops,
        t5,
        m5,
        "2026-10-24T10:00:00Z",
        "2026-10-24T11:00:00Z",
        null,
        "2026-10-24T12:00:00Z",
        1);
    f.message(ops, t5, t5, m5, "2026-10-24T10:00:00Z");
    f.message(ops, t5 + ".r1", t5, m2, "2026-10-24T11:00:00Z");
    // T6 Sunday 1 November 23:30 UTC: week 44 in Los Angeles, week 45 in Berlin and Tokyo.
    String t6 = "1793575800.000600";
    f.thread(ops, t6, m5, "2026-11-01T23:30:00Z", null, null, null, 0);
    f.message(ops, t6, t6, m5, "2026-11-01T23:30:00Z");

    f.outbox("pressure_nudge", "shadowed", "C1", "2026-10-20T12:00:00Z");
    f.outbox("reminder", "shadowed", "C1", "2026-10-20T15:00:00Z");
    f.outbox("reminder", "sent", "C1", "2026-10-21T15:00:00Z");
  }
}

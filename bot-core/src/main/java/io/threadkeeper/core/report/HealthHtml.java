package io.threadkeeper.core.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders {@link CommunityHealth} as one self-contained HTML page (no scripts, no network). */
public final class HealthHtml {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private HealthHtml() {}

  public static String render(String title, CommunityHealth health) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}")
        .append("table{border-collapse:collapse}td,th{padding:.3rem .7rem;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append("tr:nth-child(even){background:#f4f4f4}")
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p>")
        .append(escape(period(health)))
        .append("</p>\n<p>")
        .append(escape(HealthText.render(health).lines().findFirst().orElse("")))
        .append("</p>\n<table>\n<tr><th>Channel</th><th>Threads</th><th>Answered</th>")
        .append("<th>Ghost threads</th><th>Replies</th><th>Long threads</th>")
        .append("<th>Without summary</th><th>Median first reply</th><th>p90</th></tr>\n");
    for (ChannelHealth channel : health.channels()) {
      html.append("<tr><td>#")
          .append(escape(channel.name()))
          .append(channel.urgent() ? " (urgent)" : "")
          .append(channel.archived() ? " (archived)" : "")
          .append("</td>");
      cell(html, String.valueOf(channel.threads()));
      cell(html, HealthText.percent(channel.answeredShare()));
      cell(html, String.valueOf(channel.ghosts()));
      cell(html, String.valueOf(channel.replies()));
      cell(html, String.valueOf(channel.longThreads()));
      cell(html, String.valueOf(channel.longWithoutSummary()));
      cell(html, Durations.brief(channel.medianFirstReply()));
      cell(html, Durations.brief(channel.p90FirstReply()));
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  private static String period(CommunityHealth health) {
    return "Threads opened from "
        + DAY.format(health.from().atOffset(ZoneOffset.UTC))
        + " to "
        + DAY.format(health.to().atOffset(ZoneOffset.UTC))
        + " (UTC), workspace "
        + health.workspace();
  }

  private static void cell(StringBuilder html, String value) {
    html.append("<td>").append(escape(value)).append("</td>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

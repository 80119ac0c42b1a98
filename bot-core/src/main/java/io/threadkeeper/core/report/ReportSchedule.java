package io.threadkeeper.core.report;

import io.threadkeeper.core.model.WorkspaceRef;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a workspace's weekly report is posted: a day and a wall-clock time in the workspace's own
 * zone, by default Monday 09:00. The setting ({@code report_schedule} in the workspace's settings)
 * reads like {@code Mon 09:00}, or {@code off}.
 */
public record ReportSchedule(WorkspaceRef workspace, ZoneId zone, DayOfWeek day, LocalTime time) {
  /** The setting's name in the workspace's settings. */
  public static final String SETTING = "report_schedule";

  public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private static final Pattern FORM =
      Pattern.compile("(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\s+(\\d{1,2}:\\d{2})");

  public ReportSchedule {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
  }

  /**
   * The schedule a setting asks for: the default when it is absent, none when it is {@code off}.
   *
   * @throws IllegalArgumentException naming the setting, when it is neither absent, {@code off} nor
   *     a day and a time such as {@code Mon 09:00}
   */
  public static Optional<ReportSchedule> of(WorkspaceRef workspace, ZoneId zone, String setting) {
    if (setting == null || setting.isBlank()) {
      return Optional.of(new ReportSchedule(workspace, zone, DEFAULT_DAY, DEFAULT_TIME));
    }
    if (setting.strip().equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(setting.strip());
    if (matcher.matches()) {
      try {
        LocalTime time =
            LocalTime.parse(
                matcher.group(2).length() == 4 ? "0" + matcher.group(2) : matcher.group(2));
        return Optional.of(new ReportSchedule(workspace, zone, day(matcher.group(1)), time));
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    throw new IllegalArgumentException(
        SETTING
            + " of "
            + workspace.key()
            + " must be a day and a time such as \"Mon 09:00\", or \"off\"; it is \""
            + setting
            + "\"");
  }

  private static DayOfWeek day(String prefix) {
    String wanted = prefix.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(wanted)) {
        return day;
      }
    }
    throw new IllegalArgumentException("no day " + prefix);
  }
}

package io.threadkeeper.core.norms;

import io.threadkeeper.core.time.WorkingHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * What a member (or the workspace, as everyone's fallback) said about their time: a zone, perhaps
 * working hours, and holidays.
 *
 * @param hours the member's working hours, or {@code null} when they set only a zone (from the
 *     platform profile or {@code /async timezone})
 */
public record MemberSchedule(ZoneId zone, WorkingHours hours, Set<LocalDate> holidays) {
  public MemberSchedule {
    Objects.requireNonNull(zone, "zone");
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  /** A zone and nothing else: hours come from the channel or the workspace. */
  public static MemberSchedule zoneOnly(ZoneId zone) {
    return new MemberSchedule(zone, null, Set.of());
  }

  /** {@link WorkingHours#DEFAULT} in {@code zone}, without holidays. */
  public static MemberSchedule standard(ZoneId zone) {
    return new MemberSchedule(zone, WorkingHours.DEFAULT, Set.of());
  }
}

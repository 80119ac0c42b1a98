package io.threadkeeper.core.time;

/**
 * One working range of a weekday in wall-clock minutes from that day's midnight; an end past 1440
 * runs into the next day but still belongs to the day it starts on.
 */
record DailyRange(int startMinute, int endMinute) {
  static final int MINUTES_PER_DAY = 24 * 60;

  DailyRange {
    if (startMinute < 0 || startMinute >= MINUTES_PER_DAY) {
      throw new IllegalArgumentException("start minute out of range: " + startMinute);
    }
    // Merged ranges may last longer than a day, but each one ends before the next day is over.
    if (endMinute <= startMinute || endMinute >= 2 * MINUTES_PER_DAY) {
      throw new IllegalArgumentException(
          "end minute " + endMinute + " does not follow start minute " + startMinute);
    }
  }

  boolean reaches(DailyRange next) {
    return next.startMinute <= endMinute;
  }

  DailyRange joinedWith(DailyRange next) {
    return new DailyRange(startMinute, Math.max(endMinute, next.endMinute));
  }
}

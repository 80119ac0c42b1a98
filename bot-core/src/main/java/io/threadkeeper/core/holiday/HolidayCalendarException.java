package io.threadkeeper.core.holiday;

/** A holiday calendar that cannot be fetched or read; the message says which and why. */
public final class HolidayCalendarException extends Exception {
  public HolidayCalendarException(String message, Throwable cause) {
    super(message, cause);
  }
}

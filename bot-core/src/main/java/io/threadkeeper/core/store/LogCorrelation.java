package io.threadkeeper.core.store;

import org.slf4j.MDC;

/**
 * The correlation id in the logging context ({@value #KEY}): the platform event id while an inbox
 * row is applied, and the outbox row's correlation id (the event or deadline that caused it) while
 * it is sent, so that one event can be followed from inbox to outbox in the logs. Ids only, never
 * text.
 */
public final class LogCorrelation {
  public static final String KEY = "correlation_id";

  private LogCorrelation() {}

  static void set(String id) {
    if (id == null) {
      MDC.remove(KEY);
    } else {
      MDC.put(KEY, id);
    }
  }

  static void clear() {
    MDC.remove(KEY);
  }
}

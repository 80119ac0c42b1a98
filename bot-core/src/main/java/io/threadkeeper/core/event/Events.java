package io.threadkeeper.core.event;

import java.util.Objects;

/** Argument checks shared by the event records. */
final class Events {
  private Events() {}

  static void require(Object value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
  }
}

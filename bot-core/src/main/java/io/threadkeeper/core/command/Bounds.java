package io.threadkeeper.core.command;

import java.time.Duration;
import java.util.Objects;

/** Range checks shared by the command records' compact constructors. */
final class Bounds {
  private Bounds() {}

  static void require(Duration value, Duration least, Duration most, String what) {
    Objects.requireNonNull(value, what);
    if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
      throw new IllegalArgumentException(what + " must be " + least + " to " + most);
    }
  }

  static void require(int value, int least, int most, String what) {
    if (value < least || value > most) {
      throw new IllegalArgumentException(what + " must be " + least + " to " + most);
    }
  }
}

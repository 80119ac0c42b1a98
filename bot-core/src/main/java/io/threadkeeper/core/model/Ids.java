package io.threadkeeper.core.model;

/** Validation shared by the typed ids. */
final class Ids {
  static final int MAX_LENGTH = 200;

  private Ids() {}

  static String requireId(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
    }
    return value;
  }
}

package io.threadkeeper.deploy.cli;

/** A request field that is missing or cannot be read; the message starts with the field's name. */
final class InvalidFieldException extends IllegalArgumentException {
  InvalidFieldException(String field, String problem) {
    super(field + ": " + problem);
  }
}

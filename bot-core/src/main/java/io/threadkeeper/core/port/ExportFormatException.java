package io.threadkeeper.core.port;

/** An export that cannot be read as it is; the message says where and what was expected. */
public final class ExportFormatException extends Exception {
  public ExportFormatException(String message) {
    super(message);
  }

  public ExportFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.threadkeeper.deploy;

import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.deploy.config.ConfigurationException;
import picocli.CommandLine;

/**
 * Turns the failures an operator can fix (a bad export, no database) into one clear line and exit
 * status 2, without a stack trace; anything else is a bug and keeps its trace.
 */
final class OperatorErrors implements CommandLine.IExecutionExceptionHandler {
  static final int OPERATOR_ERROR = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
    if (e instanceof ConfigurationException bad) {
      bad.problems().forEach(p -> commandLine.getErr().println("threadkeeper: " + p));
      commandLine
          .getErr()
          .println(
              "threadkeeper: "
                  + bad.problems().size()
                  + " configuration problem(s); nothing was started");
      return OPERATOR_ERROR;
    }
    if (e instanceof ExportFormatException
        || e instanceof IllegalStateException
        || e instanceof IllegalArgumentException
        || e instanceof java.nio.file.NoSuchFileException) {
      commandLine.getErr().println("threadkeeper: " + message(e));
      return OPERATOR_ERROR;
    }
    throw e;
  }

  private static String message(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    return e.getMessage();
  }
}

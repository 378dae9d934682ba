package dev.eligo.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What is left when a command fails unexpectedly (a defect, or the disk failing mid-write): one
 * line naming the failure, no stack trace unless {@code ELIGO_DEBUG} is set, exit code 4.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println("eligo: " + describe(e));
    if (System.getenv("ELIGO_DEBUG") != null) {
      e.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static String describe(Exception e) {
    if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      return "input/output failed: " + e.getMessage();
    }
    return "internal error ("
        + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + "); please report it";
  }
}

package dev.eligo.cli;

/** The exit codes of {@code eligo}; docs/cli.md lists them for users. */
public final class ExitCodes {
  /** Done: every file checked clean, or every input read and screened. */
  public static final int OK = 0;

  /** A criteria file has errors or cannot be read or loaded; nothing was screened. */
  public static final int PROTOCOL_ERRORS = 1;

  /** The command line is wrong (unknown option, bad date, missing argument, unwritable output). */
  public static final int USAGE = 2;

  /** Some inputs could not be read; they have ERROR rows and every other patient was screened. */
  public static final int INPUT_ERRORS = 3;

  /** A defect in Eligo itself; the message says what failed. */
  public static final int INTERNAL_ERROR = 4;

  /**
   * {@code eligo test}: some example did not screen as it expects, or coverage is short of what was
   * required.
   */
  public static final int EXAMPLES_FAILED = 5;

  private ExitCodes() {}
}

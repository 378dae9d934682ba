package dev.eligo.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of eligo.jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    int exit;
    try {
      exit = commandLine(out, err).execute(Paths.arguments(args));
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands only Exceptions to the handler; these are reported in one line as well.
      err.println(
          "eligo: internal error ("
              + e.getClass().getName()
              + "); the input is nested too deeply or too"
              + " large for this run (try more memory: java -Xss8m -Xmx4g -jar eligo.jar ...)");
      exit = ExitCodes.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /**
   * The configured command line writing to {@code out} and {@code err}; tests run it in-process.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new EligoCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.registerConverter(java.nio.file.Path.class, Paths::of);
    return commandLine;
  }

  // Output is UTF-8 whatever the platform's default, so reports read the same everywhere.
  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}

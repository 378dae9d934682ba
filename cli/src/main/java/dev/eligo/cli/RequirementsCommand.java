package dev.eligo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eligo requirements}: the data a protocol reads. */
@Command(name = "requirements", mixinStandardHelpOptions = true, description = "Prints the data a protocol reads.")
final class RequirementsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}

package dev.eligo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line: the message, a suggestion when picocli has one, the command's
 * one-line synopsis and where the full help is, not the whole help text. Exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().synopsisHeading() + command.getHelp().synopsis(0));
    err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for every option.");
    err.flush();
    return ExitCodes.USAGE;
  }
}

package dev.eligo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eligo questionnaire}: the investigator questionnaire. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, description = "Prints the investigator questionnaire.")
final class QuestionnaireCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}

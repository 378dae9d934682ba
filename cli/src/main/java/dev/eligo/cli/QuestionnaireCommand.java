package dev.eligo.cli;

import dev.eligo.authoring.questionnaire.AttestationQuestionnaire;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eligo questionnaire}: the investigator's attestation form, as a FHIR R4 Questionnaire. */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the investigator's questionnaire of a protocol as a FHIR R4 Questionnaire (JSON):"
          + " one yes/no item per attestation, with the link id the criteria file declares and the protocol"
          + " text of the criteria it decides. Answer it in any SDC form tool; a QuestionnaireResponse in the"
          + " patient's data decides those criteria when screening.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eligo questionnaire trial.eligo",
      "  eligo questionnaire --url https://example.org/Questionnaire/trial -o attestations.json trial.eligo",
      "",
      "Exit codes: 0 done, 1 the criteria file has errors, 2 usage error."
    })
final class QuestionnaireCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "FILE", description = "The criteria file (.eligo).")
  Path file;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The Questionnaire's canonical URL, which responses name.")
  String url;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return CheckedCriteria.print(
        file, output, spec, checked -> AttestationQuestionnaire.json(checked, url));
  }
}

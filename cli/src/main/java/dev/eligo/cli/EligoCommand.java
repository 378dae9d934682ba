package dev.eligo.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code eligo} command: its subcommands do the work. */
@Command(
    name = "eligo",
    mixinStandardHelpOptions = true,
    versionProvider = EligoCommand.Version.class,
    description = {
      "Computable clinical-trial eligibility criteria: check and compile criteria files (.eligo),"
          + " screen FHIR R4 patients against them.",
      ""
    },
    subcommands = {
      CheckCommand.class,
      CompileCommand.class,
      ScreenCommand.class,
      TestCommand.class,
      RequirementsCommand.class,
      QuestionnaireCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  eligo check trial.eligo",
      "  eligo test --coverage trial.eligo          # runs trial.examples.eligo",
      "  eligo requirements --format search --as-of 2026-11-24 trial.eligo",
      "  eligo questionnaire -o attestations.json trial.eligo",
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 patients/",
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 --explain-patient p-20 patients/",
      "  eligo screen --protocol trial.eligo --as-of 2026-11-24 --format html -o report.html patients/",
      "  source <(eligo generate-completion)      # tab completion in bash or zsh",
      "",
      "Run 'eligo COMMAND --help' for a command's options and output.",
      "Exit codes: 0 done, 1 protocol errors, 2 usage errors, 3 some inputs unreadable,"
          + " 4 internal error, 5 examples failed."
    })
public final class EligoCommand {
  /** The version written into eligo.jar's manifest by the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = EligoCommand.class.getPackage().getImplementationVersion();
      return new String[] {"eligo " + (version == null ? "(development build)" : version)};
    }
  }
}

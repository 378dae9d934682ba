package dev.eligo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code eligo} command: its subcommands do the work. */
@Command(
    name = "eligo",
    mixinStandardHelpOptions = true,
    versionProvider = EligoCommand.Version.class,
    description = "Computable eligibility criteria: check and compile criteria files, screen FHIR R4 patients.",
    subcommands = {CheckCommand.class, CompileCommand.class, ScreenCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Exit codes: 0 done, 1 protocol errors, 2 usage errors, 3 some inputs unreadable,"
        + " 4 internal error.", "See docs/cli.md."})
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

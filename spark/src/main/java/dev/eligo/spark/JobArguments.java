package dev.eligo.spark;

import dev.eligo.runtime.Screening;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link ScreenJob}, checked; {@link #parse} says what is wrong in words. */
record JobArguments(
    String protocol,
    String evaluatorClass,
    Screening screening,
    String output,
    List<String> inputs) {

  static final String USAGE =
      String.join(
          "\n",
          "usage: spark-submit --class dev.eligo.spark.ScreenJob eligo-spark.jar",
          "         (--protocol FILE.eligo | --evaluator CLASS) --as-of YYYY-MM-DD [--input NAME=VALUE...]",
          "         --output DIR INPUT...",
          "  --protocol FILE    the criteria file, compiled on the driver (needs a JDK there)",
          "  --evaluator CLASS  or an evaluator class on the job's class path (a protocol jar given with --jars)",
          "  --as-of DATE       the screening date",
          "  --input NAME=VALUE a screening input the protocol declares (input registration ...: date), the same",
          "                     for every patient; repeat for each; NAME=unknown leaves it undecided",
          "  --output DIR       where the Parquet tables go (patients, criteria, funnel, summary); must not exist",
          "  INPUT              FHIR bulk-export directories (Patient.ndjson, Observation.ndjson, ...) and NDJSON",
          "                     files or directories of Bundles, on any file system Spark reads; globs allowed");

  /** Parses the arguments; throws with a one-line message for any mistake. */
  static JobArguments parse(String... args) {
    String protocol = null;
    String evaluator = null;
    String asOf = null;
    String output = null;
    List<String> inputs = new ArrayList<>();
    List<String> screeningInputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name =
          arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
      boolean inline = !name.equals(arg);
      switch (name) {
        case "--protocol":
        case "--evaluator":
        case "--as-of":
        case "--output":
        case "--input":
          String value =
              inline ? arg.substring(name.length() + 1) : ++i < args.length ? args[i] : null;
          if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          if (name.equals("--protocol")) {
            protocol = value;
          } else if (name.equals("--evaluator")) {
            evaluator = value;
          } else if (name.equals("--as-of")) {
            asOf = value;
          } else if (name.equals("--input")) {
            screeningInputs.add(value);
          } else {
            output = value;
          }
          break;
        default:
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + name);
          }
          inputs.add(arg);
      }
    }
    if ((protocol == null) == (evaluator == null)) {
      throw new IllegalArgumentException("give either --protocol FILE or --evaluator CLASS");
    }
    if (asOf == null) {
      throw new IllegalArgumentException("--as-of YYYY-MM-DD is required");
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of '" + asOf + "' is not a date as YYYY-MM-DD");
    }
    Screening screening = Screening.on(date);
    for (String input : screeningInputs) {
      try {
        screening = screening.withInput(input);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--input: " + e.getMessage(), e);
      }
    }
    return new JobArguments(protocol, evaluator, screening, output, List.copyOf(inputs));
  }
}

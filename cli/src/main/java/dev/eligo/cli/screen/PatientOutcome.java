package dev.eligo.cli.screen;

import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.ScreeningResult;
import java.util.List;
import java.util.Objects;

/** What screening gave for one patient of the input: a result, or why there is none. */
public sealed interface PatientOutcome {
  /** Where the patient came from: a file name, with the line for NDJSON. */
  String source();

  /** {@code ELIGIBLE}, {@code INELIGIBLE}, {@code NEEDS_REVIEW} or {@code ERROR}. */
  String verdict();

  /**
   * A patient screened; {@code problems} are the parts of its data that could not be read, {@code
   * names} say what its records are.
   */
  record Screened(
      String source, ScreeningResult result, List<RecordProblem> problems, RecordNames names)
      implements PatientOutcome {
    public Screened {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(names, "names");
      problems = List.copyOf(problems);
    }

    /** A patient screened, its records named by their references only. */
    public Screened(String source, ScreeningResult result, List<RecordProblem> problems) {
      this(source, result, problems, RecordNames.NONE);
    }

    @Override
    public String verdict() {
      return result.verdict().name();
    }
  }

  /** Input that gave no patient, or a patient that could not be screened, and why. */
  record Failed(String source, String message) implements PatientOutcome {
    public static final String VERDICT = "ERROR";

    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String verdict() {
      return VERDICT;
    }

    /** The problem with its place, e.g. {@code empty.json: the file is empty (0 bytes)}. */
    public String describe() {
      return source + ": " + message;
    }
  }
}

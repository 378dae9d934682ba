package dev.eligo.benchmarks;

import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark patient as a Bundle file, and the check that it screens as the built record does.
 */
final class SamePatient {
  private SamePatient() {}

  /** Copies the Bundle JSON resource to a new temporary file, deleted when the JVM exits. */
  static Path bundleFile() {
    try (InputStream in = SamePatient.class.getResourceAsStream(McrpcPatient.BUNDLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing classpath resource " + McrpcPatient.BUNDLE_RESOURCE);
      }
      Path file = Files.createTempFile("mcrpc-patient", ".json");
      file.toFile().deleteOnExit();
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads and maps one Bundle file the way every source does. */
  static PatientReadResult read(Path bundle) {
    try (PatientSource source = PatientSources.bundleFile(bundle)) {
      return source.next();
    }
  }

  /**
   * Fails unless the Bundle maps without problems and screens like {@link McrpcPatient#record()}.
   */
  static void check(ProtocolEvaluator evaluator, Path bundle) {
    PatientReadResult read = read(bundle);
    if (!(read instanceof MappedPatient)) {
      throw new IllegalStateException("the benchmark Bundle does not map: " + read);
    }
    PatientRecord mapped = ((MappedPatient) read).record();
    if (!mapped.problems().isEmpty()) {
      throw new IllegalStateException(
          "the benchmark Bundle maps with problems: " + mapped.problems());
    }
    Map<String, String> built =
        outcomes(evaluator.screen(McrpcPatient.record(), McrpcPatient.SCREENING_DATE));
    Map<String, String> fromBundle =
        outcomes(evaluator.screen(mapped, McrpcPatient.SCREENING_DATE));
    if (!built.equals(fromBundle)) {
      throw new IllegalStateException(
          "the Bundle and the built record screen differently:\n  built:  "
              + built
              + "\n  bundle: "
              + fromBundle);
    }
  }

  /** The verdict and every criterion's and part's outcome, by id. */
  static Map<String, String> outcomes(ScreeningResult result) {
    Map<String, String> outcomes = new TreeMap<>();
    outcomes.put("verdict", result.verdict().name());
    addOutcomes(outcomes, result.criteria());
    return outcomes;
  }

  private static void addOutcomes(Map<String, String> outcomes, List<CriterionResult> criteria) {
    for (CriterionResult criterion : criteria) {
      outcomes.put(criterion.id(), criterion.outcome().name());
      addOutcomes(outcomes, criterion.parts());
    }
  }
}

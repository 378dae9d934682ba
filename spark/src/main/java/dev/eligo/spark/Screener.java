package dev.eligo.spark;

import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.ReadLimits;
import dev.eligo.fhir.ReadScope;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.CriterionKind;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ScreeningResult;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Screens one patient as read by the {@code fhir} module and makes its output row ({@link
 * OutputSchema#SCREENED}); input that gave no patient becomes an {@code ERROR} row worded as the
 * CLI words it ({@code source: problem}).
 */
final class Screener implements Serializable {
  static final String ERROR_VERDICT = "ERROR";
  private static final long serialVersionUID = 1L;
  private static final String[] NONE = new String[0];

  private final Broadcast<EvaluatorSource> evaluator;
  private final LocalDate asOf;

  /** The screening inputs besides the date, as given; a {@link Screening} is not serializable. */
  private final TreeMap<String, String> inputs;

  private transient Screening screening;
  private transient ReadLimits limits;

  Screener(Broadcast<EvaluatorSource> evaluator, LocalDate asOf, Map<String, String> inputs) {
    this.evaluator = evaluator;
    this.asOf = asOf;
    this.inputs = new TreeMap<>(inputs);
  }

  private Screening screening() {
    if (screening == null) {
      Screening built = Screening.on(asOf);
      for (Map.Entry<String, String> input : inputs.entrySet()) {
        built = built.with(input.getKey(), input.getValue());
      }
      screening = built;
    }
    return screening;
  }

  /**
   * How this executor reads a patient: within its heap, and only the resource types the protocol's
   * evaluator names, as the CLI reads them.
   */
  ReadLimits limits() {
    if (limits == null) {
      limits = ReadLimits.forHeap().reading(ReadScope.of(evaluator.value().evaluator().protocol()));
    }
    return limits;
  }

  /** The row for one read result; {@code input} says exactly where it came from. */
  Row screen(PatientReadResult read, String input) {
    if (read instanceof PatientReadError) {
      PatientReadError error = (PatientReadError) read;
      return error(error.source(), error.message(), input);
    }
    MappedPatient patient = (MappedPatient) read;
    ProtocolEvaluator protocol = evaluator.value().evaluator();
    ScreeningResult result;
    try {
      result = protocol.screen(patient.record(), screening());
    } catch (RuntimeException | StackOverflowError e) {
      // A defect in Eligo, or data nested beyond reason; the other patients are still screened.
      return error(
          patient.source(),
          "the patient could not be screened (internal error " + e.getClass().getSimpleName() + ")",
          input);
    }
    return RowFactory.create(
        result.patientId(),
        patient.source(),
        result.verdict().name(),
        result.deciding().stream().map(CriterionResult::id).toArray(String[]::new),
        result.missing().stream().map(Missing::toString).toArray(String[]::new),
        patient.record().problems().stream().map(RecordProblem::toString).toArray(String[]::new),
        null,
        criteria(result),
        input);
  }

  /** An ERROR row: {@code error} is {@code source: message}, as the CLI's reports say it. */
  static Row error(String source, String message, String input) {
    return RowFactory.create(
        null, source, ERROR_VERDICT, NONE, NONE, NONE, source + ": " + message, new Row[0], input);
  }

  private static Row[] criteria(ScreeningResult result) {
    List<Row> rows = new ArrayList<>();
    for (CriterionResult criterion : result.criteria()) {
      add(rows, criterion, null);
    }
    return rows.toArray(new Row[0]);
  }

  private static void add(List<Row> rows, CriterionResult c, String parent) {
    rows.add(
        RowFactory.create(
            rows.size(),
            c.id(),
            parent,
            c.info().kind() == CriterionKind.INCLUSION ? "inclusion" : "exclusion",
            c.outcome().name(),
            missing(c),
            c.explain()));
    for (CriterionResult part : c.parts()) {
      add(rows, part, c.id());
    }
  }

  /** The data that would decide an unknown criterion, in order, once each (as the CLI lists it). */
  private static String[] missing(CriterionResult c) {
    if (c.outcome() != CriterionOutcome.UNKNOWN) {
      return NONE;
    }
    return c.truth().missing().stream().map(Missing::toString).distinct().toArray(String[]::new);
  }
}

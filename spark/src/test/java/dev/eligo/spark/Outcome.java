package dev.eligo.spark;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.fhir.ReadLimits;
import dev.eligo.fhir.ReadScope;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ScreeningResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What one patient (or ERROR) came to, in plain values, so that the Spark job's rows can be
 * compared with the same screening done the CLI's way: {@code PatientSources} reading the files,
 * then the evaluator. Criteria are {@code id result} with their explanation.
 */
record Outcome(
    String source,
    String patientId,
    String verdict,
    List<String> deciding,
    List<String> missing,
    List<String> problems,
    String error,
    List<String> criteria) {

  /**
   * Screens an input the CLI's way: the same reader, reading the types the evaluator names, and the
   * same evaluator {@code eligo screen} uses.
   */
  static List<Outcome> throughFhirReaders(Path input) {
    NCT07298239Evaluator evaluator = new NCT07298239Evaluator();
    List<Outcome> outcomes = new ArrayList<>();
    ReadLimits limits = ReadLimits.forHeap().reading(ReadScope.of(evaluator.protocol()));
    try (PatientSource source = PatientSources.open(input, limits)) {
      while (source.hasNext()) {
        PatientReadResult read = source.next();
        if (read instanceof PatientReadError) {
          PatientReadError error = (PatientReadError) read;
          outcomes.add(
              new Outcome(
                  error.source(),
                  null,
                  "ERROR",
                  List.of(),
                  List.of(),
                  List.of(),
                  error.toString(),
                  List.of()));
          continue;
        }
        MappedPatient patient = (MappedPatient) read;
        ScreeningResult result = evaluator.screen(patient.record(), SampleInputs.AS_OF);
        List<String> criteria = new ArrayList<>();
        result.criteria().forEach(c -> addCriterion(criteria, c));
        outcomes.add(
            new Outcome(
                patient.source(),
                result.patientId(),
                result.verdict().name(),
                result.deciding().stream().map(CriterionResult::id).toList(),
                result.missing().stream().map(Object::toString).toList(),
                patient.record().problems().stream().map(Object::toString).toList(),
                null,
                criteria));
      }
    }
    return outcomes;
  }

  private static void addCriterion(List<String> criteria, CriterionResult c) {
    criteria.add(c.id() + " " + c.outcome() + "\n" + c.explain());
    c.parts().forEach(part -> addCriterion(criteria, part));
  }

  /** A row of the job's screened table ({@link OutputSchema#SCREENED}). */
  static Outcome of(Row row) {
    List<String> criteria = new ArrayList<>();
    for (Row c : row.<Row>getList(row.fieldIndex(OutputSchema.CRITERIA))) {
      criteria.add(
          c.getAs(OutputSchema.CRITERION)
              + " "
              + c.getAs(OutputSchema.RESULT)
              + "\n"
              + c.getAs(OutputSchema.EXPLANATION));
    }
    return new Outcome(
        row.getAs(OutputSchema.SOURCE),
        row.getAs(OutputSchema.PATIENT_ID),
        row.getAs(OutputSchema.VERDICT),
        row.getList(row.fieldIndex(OutputSchema.DECIDING)),
        row.getList(row.fieldIndex(OutputSchema.MISSING)),
        row.getList(row.fieldIndex(OutputSchema.PROBLEMS)),
        row.getAs(OutputSchema.ERROR),
        criteria);
  }
}

package dev.eligo.authoring.examples;

import dev.eligo.runtime.Screening;
import dev.eligo.runtime.record.PatientRecord;

/**
 * An example ready to screen: the patient's record, the screening (its date and inputs) and what
 * must come out.
 *
 * @param example the example as written
 * @param location {@code file:line} of the example, for reports
 */
public record CompiledExample(
    ExamplesFile.Example example,
    String location,
    PatientRecord patient,
    Screening screening,
    Expected expected) {

  /** How reports name the example. */
  public String title() {
    return example.title();
  }
}

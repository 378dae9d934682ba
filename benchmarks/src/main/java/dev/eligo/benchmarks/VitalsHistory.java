package dev.eligo.benchmarks;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Routine observations that no criterion reads (vital signs, glucose, HbA1c), as a real record
 * carries hundreds of them: a Synthea patient of the seeded population has about 370.
 */
final class VitalsHistory {
  private static final String[][] KINDS = {
    {"29463-7", "82.4", "kg"}, {"8480-6", "134", "mm[Hg]"}, {"8462-4", "82", "mm[Hg]"},
    {"8867-4", "72", "/min"}, {"39156-5", "27.1", "kg/m2"}, {"2339-0", "118", "mg/dL"},
    {"4548-4", "6.9", "%"}, {"2093-3", "182", "mg/dL"}
  };

  private VitalsHistory() {}

  /**
   * Adds {@code count} observations, one kind after another, a visit every 5 days back from {@code
   * before}.
   */
  static void add(PatientRecord.Builder record, int count, LocalDate before) {
    for (int i = 0; i < count; i++) {
      String[] kind = KINDS[i % KINDS.length];
      LocalDate day = before.minusDays(5L * (i / KINDS.length) + 1);
      record.add(
          new Observation(
              RecordRef.of("Observation", "vitals-" + i),
              List.of(new Coding(McrpcPatient.LOINC, kind[0], null)),
              ObservationStatus.FINAL,
              RecordDate.of(day),
              null,
              new ObservationValue.QuantityValue(new BigDecimal(kind[1]), kind[2], null),
              List.of()));
    }
  }
}

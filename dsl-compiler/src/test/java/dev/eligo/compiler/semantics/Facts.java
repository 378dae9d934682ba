package dev.eligo.compiler.semantics;

import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Patients built from a few facts, for the rows of {@link ConstructSemanticsTest}. */
final class Facts {
  static final String LOINC = "http://loinc.org";
  static final String ATC = "http://www.whocc.no/atc";
  static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  static final String ICD9CM = "http://hl7.org/fhir/sid/icd-9-cm";
  static final String SNOMED = "http://snomed.info/sct";

  private static final AtomicInteger IDS = new AtomicInteger();

  private Facts() {}

  /** A man born on 1 January 1960 with the facts given, and nothing else on record. */
  @SafeVarargs
  static PatientRecord patient(Consumer<PatientRecord.Builder>... facts) {
    PatientRecord.Builder builder =
        PatientRecord.builder("p" + IDS.incrementAndGet())
            .birthDate(LocalDate.of(1960, 1, 1))
            .sex(Sex.MALE);
    for (Consumer<PatientRecord.Builder> fact : facts) {
      fact.accept(builder);
    }
    return builder.build();
  }

  static Consumer<PatientRecord.Builder> born(String date) {
    return builder -> builder.birthDate(LocalDate.parse(date));
  }

  /** A final result of a LOINC-coded quantity. */
  static Consumer<PatientRecord.Builder> lab(String loinc, String date, String value, String unit) {
    return builder ->
        builder.add(
            new Observation(
                ref("Observation"),
                List.of(Coding.of(LOINC, loinc)),
                ObservationStatus.FINAL,
                RecordDate.parse(date),
                null,
                ObservationValue.QuantityValue.of(value, unit),
                List.of()));
  }

  /**
   * A blood pressure panel (LOINC 85354-9) with its systolic and diastolic components, in mm[Hg]; a
   * null diastolic leaves that component out.
   */
  static Consumer<PatientRecord.Builder> bloodPressure(
      String date, String systolic, String diastolic) {
    List<ObservationComponent> parts = new java.util.ArrayList<>();
    parts.add(
        ObservationComponent.of(
            Coding.of(LOINC, "8480-6"), ObservationValue.QuantityValue.of(systolic, "mm[Hg]")));
    if (diastolic != null) {
      parts.add(
          ObservationComponent.of(
              Coding.of(LOINC, "8462-4"), ObservationValue.QuantityValue.of(diastolic, "mm[Hg]")));
    }
    return builder ->
        builder.add(
            new Observation(
                ref("Observation"),
                List.of(Coding.of(LOINC, "85354-9")),
                ObservationStatus.FINAL,
                RecordDate.parse(date),
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                parts));
  }

  static Consumer<PatientRecord.Builder> psa(String date, String value) {
    return lab("2857-1", date, value, "ng/mL");
  }

  /** A completed medication use from start to end (an ongoing one when end is null). */
  static Consumer<PatientRecord.Builder> drug(String atc, String start, String end) {
    return builder ->
        builder.add(
            new MedicationUse(
                ref("MedicationStatement"),
                List.of(Coding.of(ATC, atc)),
                end == null ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED,
                new RecordPeriod(
                    RecordDate.parse(start), end == null ? null : RecordDate.parse(end)),
                List.of(),
                List.of(),
                List.of()));
  }

  /** An active, confirmed diagnosis coded once. */
  static Consumer<PatientRecord.Builder> diagnosis(String system, String code, String onset) {
    return builder ->
        builder.add(
            new Condition(
                ref("Condition"),
                List.of(Coding.of(system, code)),
                ClinicalStatus.ACTIVE,
                VerificationStatus.CONFIRMED,
                RecordDate.parse(onset),
                null));
  }

  /**
   * A confirmed diagnosis no longer active, ended on abatement (null when the record does not say).
   */
  static Consumer<PatientRecord.Builder> resolvedDiagnosis(
      String system, String code, String onset, String abatement) {
    return builder ->
        builder.add(
            new Condition(
                ref("Condition"),
                List.of(Coding.of(system, code)),
                ClinicalStatus.RESOLVED,
                VerificationStatus.CONFIRMED,
                RecordDate.parse(onset),
                abatement == null ? null : RecordDate.parse(abatement)));
  }

  /** A final result of a LOINC-coded quantity that came with its normal range. */
  static Consumer<PatientRecord.Builder> labInRange(
      String loinc, String date, String value, String unit, String low, String high) {
    return builder ->
        builder.add(
            new Observation(
                ref("Observation"),
                List.of(Coding.of(LOINC, loinc)),
                ObservationStatus.FINAL,
                RecordDate.parse(date),
                null,
                ObservationValue.QuantityValue.of(value, unit),
                List.of(
                    new ReferenceRange(
                        new BigDecimal(low), unit, new BigDecimal(high), unit, null))));
  }

  private static RecordRef ref(String type) {
    return RecordRef.of(type, type.toLowerCase() + "-" + IDS.incrementAndGet());
  }
}

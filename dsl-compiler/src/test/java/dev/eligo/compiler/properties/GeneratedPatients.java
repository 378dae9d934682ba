package dev.eligo.compiler.properties;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.Amount;
import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.ClinicalStatus;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.Dosage;
import dev.eligo.runtime.record.Encounter;
import dev.eligo.runtime.record.EncounterStatus;
import dev.eligo.runtime.record.Frequency;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.MedicationSource;
import dev.eligo.runtime.record.MedicationStatus;
import dev.eligo.runtime.record.MedicationUse;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationComponent;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordPeriod;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReferenceRange;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.record.VerificationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Patients for screening generated programs: an empty record, a rich one with every kind of record
 * of the generator's dictionary (including a same-day conflict, a comparator, values in units that
 * need the declared molar mass and factor), and one with partial dates and unknowns.
 */
final class GeneratedPatients {
  private static final String LOINC = "http://loinc.org";
  private static final String SNOMED = "http://snomed.info/sct";
  private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
  private static final String ATC = "http://www.whocc.no/atc";
  private static final List<PatientRecord> ALL = List.of(empty(), rich(), uncertain());

  private GeneratedPatients() {}

  static List<PatientRecord> all() {
    return ALL;
  }

  private static PatientRecord empty() {
    return PatientRecord.builder("empty").build();
  }

  private static PatientRecord rich() {
    PatientRecord.Builder p =
        PatientRecord.builder("rich").birthDate(LocalDate.of(1951, 3, 4)).sex(Sex.MALE);
    String[] psa = {"0.4", "0.9", "1.8", "3.7", "6.1"};
    for (int i = 0; i < psa.length; i++) {
      p.add(quantity("psa" + i, "2857-1", psa[i], "ng/mL", null, LocalDate.of(2026, 6 + i, 1)));
    }
    p.add(quantity("psa-conflict", "2857-1", "7.2", "ng/mL", null, LocalDate.of(2026, 10, 1)));
    p.add(quantity("psa-below", "2857-1", "0.1", "ng/mL", "<", LocalDate.of(2026, 11, 2)));
    p.add(quantity("t1", "2986-8", "0.9", "nmol/L", null, LocalDate.of(2026, 11, 10)));
    p.add(quantity("h1", "29615-2", "200", "[IU]/mL", null, LocalDate.of(2026, 11, 12)));
    p.add(
        new Observation(
            RecordRef.of("Observation", "ecog"),
            List.of(Coding.of(LOINC, "89247-1")),
            ObservationStatus.FINAL,
            RecordDate.of(LocalDate.of(2026, 11, 15)),
            null,
            new ObservationValue.IntegerValue(1),
            List.of()));
    p.add(
        new Observation(
            RecordRef.of("Observation", "psma"),
            List.of(Coding.of(LOINC, "10000-1")),
            ObservationStatus.FINAL,
            RecordDate.of(LocalDate.of(2026, 9, 1)),
            null,
            new ObservationValue.CodedValue(List.of(Coding.of(SNOMED, "10828004")), "Positive"),
            List.of()));
    p.add(
        new Condition(
            RecordRef.of("Condition", "c61"),
            List.of(Coding.of(ICD10, "C61")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            RecordDate.of(LocalDate.of(2019, 4, 17)),
            null));
    p.add(
        new Condition(
            RecordRef.of("Condition", "c50"),
            List.of(Coding.of(ICD10, "C50.9")),
            ClinicalStatus.RESOLVED,
            VerificationStatus.CONFIRMED,
            RecordDate.of(LocalDate.of(2015, 1, 1)),
            RecordDate.of(LocalDate.of(2016, 1, 1))));
    p.add(
        new MedicationUse(
            RecordRef.of("MedicationStatement", "m1"),
            List.of(Coding.of(ATC, "L04AX03")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.of(LocalDate.of(2026, 5, 1))),
            List.of(Coding.of(SNOMED, "26643006")),
            List.of(Coding.of(ICD10, "M05.9")),
            List.of()));
    p.add(
        new MedicationUse(
            RecordRef.of("MedicationAdministration", "m2"),
            List.of(Coding.of(ATC, "H02AB06")),
            MedicationStatus.COMPLETED,
            new RecordPeriod(
                RecordDate.of(LocalDate.of(2026, 10, 1)),
                RecordDate.of(LocalDate.of(2026, 10, 20))),
            List.of(Coding.of(SNOMED, "47625008")),
            List.of(),
            List.of(RecordRef.of("Condition", "c61"))));
    p.add(
        new Procedure(
            RecordRef.of("Procedure", "s1"),
            List.of(Coding.of(SNOMED, "387713003")),
            ProcedureStatus.COMPLETED,
            RecordPeriod.on(RecordDate.of(LocalDate.of(2020, 2, 2)))));
    p.add(
        new Allergy(
            RecordRef.of("AllergyIntolerance", "a1"),
            List.of(Coding.of(ATC, "L01FA01")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            "allergy",
            RecordDate.of(LocalDate.of(2021, 1, 1))));
    p.add(
        new ResearchParticipation(
            RecordRef.of("ResearchSubject", "r1"),
            "on-study",
            List.of("NCT00000001"),
            new RecordPeriod(RecordDate.of(LocalDate.of(2026, 9, 1)), null)));
    p.add(
        new Attestation(
            RecordRef.of("QuestionnaireResponse", "q1"),
            "informed-consent",
            true,
            RecordDate.of(LocalDate.of(2026, 11, 20)),
            "completed"));
    beyondTheSample(p);
    return p.build();
  }

  /**
   * Records of the kinds and fields the sample does not read: doses, parts, reports, specimens, ...
   */
  private static void beyondTheSample(PatientRecord.Builder p) {
    RecordDate day = RecordDate.of(LocalDate.of(2026, 11, 5));
    p.add(
        new Observation(
            RecordRef.of("Observation", "read"),
            List.of(Coding.of(LOINC, "10001-1")),
            ObservationStatus.FINAL,
            day,
            null,
            new ObservationValue.BooleanValue(true),
            List.of()));
    p.add(
        new Observation(
            RecordRef.of("Observation", "hla"),
            List.of(Coding.of(LOINC, "13303-3")),
            ObservationStatus.FINAL,
            day,
            null,
            new ObservationValue.TextValue("HLA-A*02:01"),
            List.of()));
    p.add(
        new Observation(
            RecordRef.of("Observation", "panel"),
            List.of(Coding.of(LOINC, "99999-9")),
            ObservationStatus.FINAL,
            day,
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of(Coding.of(SNOMED, "368209003")),
            List.of(
                ObservationComponent.of(
                    Coding.of(LOINC, "2857-1"),
                    ObservationValue.QuantityValue.of("5.5", "ng/mL")))));
    p.add(
        new MedicationUse(
            RecordRef.of("MedicationRequest", "m3"),
            List.of(Coding.of(ATC, "L04AX03")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(day),
            List.of(),
            List.of(),
            List.of(),
            MedicationSource.REQUEST,
            List.of(),
            null,
            List.of(Dosage.of(Amount.of("50", "mg"), Frequency.of(2, 1, "d")))));
    p.add(
        new Allergy(
            RecordRef.of("AllergyIntolerance", "a2"),
            List.of(Coding.of(ATC, "L01FA02")),
            ClinicalStatus.ACTIVE,
            VerificationStatus.CONFIRMED,
            "allergy",
            day,
            List.of("medication"),
            "high",
            List.of(new AllergyReaction(List.of(Coding.of(SNOMED, "39579001")), "severe"))));
    p.add(
        new Specimen(
            RecordRef.of("Specimen", "sp1"),
            List.of(Coding.of(SNOMED, "1222707004")),
            SpecimenStatus.AVAILABLE,
            day,
            List.of()));
    p.add(
        new Encounter(
            RecordRef.of("Encounter", "e1"),
            List.of(Coding.of(SNOMED, "32485007")),
            List.of(),
            EncounterStatus.IN_PROGRESS,
            RecordPeriod.ongoingFrom(day)));
    p.add(
        new DiagnosticReport(
            RecordRef.of("DiagnosticReport", "r1"),
            List.of(Coding.of(LOINC, "81555-5")),
            ReportStatus.FINAL,
            day,
            day,
            List.of(Coding.of(SNOMED, "94222008"))));
    p.add(
        new ImagingStudy(
            RecordRef.of("ImagingStudy", "i1"),
            List.of(Coding.of(LOINC, "81555-5")),
            List.of(),
            List.of(),
            ImagingStatus.AVAILABLE,
            day));
    p.add(
        new Immunization(
            RecordRef.of("Immunization", "v1"),
            List.of(Coding.of(ATC, "J07BD52")),
            ImmunizationStatus.COMPLETED,
            day,
            List.of(),
            null));
  }

  private static PatientRecord uncertain() {
    PatientRecord.Builder p =
        PatientRecord.builder("uncertain").birthDate(RecordDate.ofYear(1958)).sex(Sex.UNKNOWN);
    p.add(quantity("p1", "2857-1", "2.5", "ng/mL", null, LocalDate.of(2026, 11, 1)));
    p.add(
        new Observation(
            RecordRef.of("Observation", "p2"),
            List.of(Coding.of(LOINC, "2857-1")),
            ObservationStatus.FINAL,
            RecordDate.ofYear(2026),
            null,
            ObservationValue.QuantityValue.of("3", "ng/mL"),
            List.of(new ReferenceRange(null, null, new BigDecimal("4"), "ng/mL", null))));
    p.add(
        new Observation(
            RecordRef.of("Observation", "p3"),
            List.of(Coding.of(LOINC, "2857-1")),
            ObservationStatus.FINAL,
            RecordDate.of(LocalDate.of(2026, 11, 1)),
            null,
            ObservationValue.QuantityValue.of("9", "mmol/L"),
            List.of()));
    p.add(
        new Condition(
            RecordRef.of("Condition", "c1"),
            List.of(Coding.of(SNOMED, "399068003")),
            null,
            VerificationStatus.UNCONFIRMED,
            RecordDate.ofYear(2024),
            null));
    p.add(
        new MedicationUse(
            RecordRef.of("MedicationRequest", "m1"),
            List.of(Coding.of(ATC, "L04AX03")),
            MedicationStatus.ACTIVE,
            RecordPeriod.ongoingFrom(RecordDate.ofMonth(java.time.YearMonth.of(2026, 8))),
            List.of(),
            List.of(),
            List.of()));
    return p.build();
  }

  private static Observation quantity(
      String id, String code, String value, String unit, String comparator, LocalDate date) {
    return new Observation(
        RecordRef.of("Observation", id),
        List.of(Coding.of(LOINC, code)),
        ObservationStatus.FINAL,
        RecordDate.of(date),
        null,
        new ObservationValue.QuantityValue(new BigDecimal(value), unit, comparator),
        List.of(ReferenceRange.upTo("4", unit)));
  }
}

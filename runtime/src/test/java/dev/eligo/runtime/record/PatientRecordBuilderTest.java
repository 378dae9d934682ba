package dev.eligo.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patient's record as a mapping builds it: every kind of record kept, the birth date as given.
 */
class PatientRecordBuilderTest {

  @Test
  void everyKindOfRecord_isKeptInTheOrderAdded() {
    Allergy allergy = Allergy.unreadable(RecordRef.of("AllergyIntolerance", "a"));
    Specimen specimen = Specimen.unreadable(RecordRef.of("Specimen", "s"));
    Encounter encounter = Encounter.unreadable(RecordRef.of("Encounter", "e"));
    DiagnosticReport report = DiagnosticReport.unreadable(RecordRef.of("DiagnosticReport", "r"));
    ImagingStudy imaging = ImagingStudy.unreadable(RecordRef.of("ImagingStudy", "i"));
    Immunization immunization = Immunization.unreadable(RecordRef.of("Immunization", "v"));
    Immunization second = Immunization.unreadable(RecordRef.of("Immunization", "v2"));
    Procedure procedure = Procedure.unreadable(RecordRef.of("Procedure", "p"));
    RecordProblem problem = new RecordProblem(report.ref(), "status unreadable");

    PatientRecord patient =
        PatientRecord.builder("p1")
            .add(allergy)
            .add(specimen)
            .add(encounter)
            .add(report)
            .add(imaging)
            .add(immunization)
            .add(second)
            .add(procedure)
            .add(problem)
            .build();

    assertThat(patient.allergies()).containsExactly(allergy);
    assertThat(patient.specimens()).containsExactly(specimen);
    assertThat(patient.encounters()).containsExactly(encounter);
    assertThat(patient.reports()).containsExactly(report);
    assertThat(patient.imagingStudies()).containsExactly(imaging);
    assertThat(patient.immunizations()).containsExactly(immunization, second);
    assertThat(patient.procedures()).containsExactly(procedure);
    assertThat(patient.problems()).containsExactly(problem);
    assertThat(problem.makesRecordUnusable()).isTrue();
    assertThat(RecordProblem.noted(report.ref(), "x").makesRecordUnusable()).isFalse();
    assertThat(problem).hasToString("DiagnosticReport/r: status unreadable");
    assertThat(patient.sex()).isEqualTo(Sex.UNKNOWN);
  }

  @Test
  void aBirthDateAsWritten_isAFullDateOrAPartialOne() {
    PatientRecord full =
        PatientRecord.builder("p1").birthDate(RecordDate.parse("1950-06-15")).build();
    assertThat(full.birthDate()).isEqualTo(LocalDate.of(1950, 6, 15));
    assertThat(full.partialBirthDate()).isNull();

    PatientRecord year = PatientRecord.builder("p1").birthDate(RecordDate.parse("1950")).build();
    assertThat(year.birthDate()).isNull();
    assertThat(year.partialBirthDate()).isEqualTo(RecordDate.parse("1950"));

    PatientRecord replaced =
        PatientRecord.builder("p1")
            .birthDate(RecordDate.parse("1950"))
            .birthDate(LocalDate.of(1950, 6, 15))
            .build();
    assertThat(replaced.partialBirthDate()).isNull();
    assertThat(replaced.birthDate()).isEqualTo(LocalDate.of(1950, 6, 15));
    assertThat(List.of(replaced.observations(), replaced.conditions())).allMatch(List::isEmpty);
  }
}

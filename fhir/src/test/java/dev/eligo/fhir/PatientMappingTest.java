package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data-dictionary rows read from the Patient: sex and age. */
class PatientMappingTest {

  @Test
  void patient_idGenderAndBirthDate_areMapped() {
    PatientRecord record = Fixtures.map();

    assertThat(record.id()).isEqualTo("pat-1001");
    assertThat(record.sex()).isEqualTo(Sex.MALE);
    assertThat(record.birthDate()).isEqualTo(LocalDate.of(1956, 3, 9));
  }

  @ParameterizedTest
  @CsvSource({"male, MALE", "female, FEMALE", "other, OTHER", "unknown, UNKNOWN"})
  void sex_everyGender_isMapped(String gender, Sex sex) {
    PatientRecord record =
        Fixtures.mapJson(
            Fixtures.bundle(
                List.of(
                    "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"" + gender + "\"}")));

    assertThat(record.sex()).isEqualTo(sex);
  }

  @Test
  void sex_absentGender_isUnknown() {
    PatientRecord record =
        Fixtures.mapJson(Fixtures.bundle(List.of("{\"resourceType\":\"Patient\",\"id\":\"p2\"}")));

    assertThat(record.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(record.birthDate()).isNull();
    assertThat(record.problems()).isEmpty();
  }

  @Test
  void age_birthYearOnly_isKeptAsThePartialDateItNames() {
    PatientRecord record =
        Fixtures.mapJson(
            Fixtures.bundle(
                List.of(
                    "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"gender\":\"male\",\"birthDate\":\"1956\"}")));

    assertThat(record.birthDate()).isNull();
    assertThat(record.partialBirthDate()).isEqualTo(RecordDate.ofYear(1956));
    assertThat(record.problems()).isEmpty();
  }
}

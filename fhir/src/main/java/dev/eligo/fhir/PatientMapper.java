package dev.eligo.fhir;

import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.Sex;
import org.hl7.fhir.r4.model.Patient;

/**
 * Maps {@code Patient.gender} and {@code Patient.birthDate}. A birth date written as a dateTime
 * ({@code 1956-03-09T00:00:00Z}, a date stored as midnight somewhere) may be a day off in either
 * direction: it is read as the three days it may be, so age is decided unless screening falls on
 * the birthday, and the row says why.
 */
final class PatientMapper {
  private PatientMapper() {}

  static void map(MappingContext context, Patient patient) {
    String gender =
        patient.getGenderElement().getValue() == null
            ? null
            : patient.getGenderElement().getValueAsString();
    context.record().sex(gender == null ? Sex.UNKNOWN : Sex.fromCode(gender));
    RecordDate birth = context.date(patient, "birthDate", patient.getBirthDateElement());
    if (birth == null) {
      return;
    }
    if (birth.time() != null) {
      RecordDate day = birth;
      birth = new RecordDate(day.first().minusDays(1), day.first().plusDays(1), null);
      context.note(
          patient,
          "birthDate '"
              + patient.getBirthDateElement().getValueAsString()
              + "' is a date and time, but a birth date is a date; it may be a day off, so it was read as "
              + birth.first()
              + " to "
              + birth.last());
    }
    context.birth(birth);
    // A year or month of birth (de-identified data) still decides most age criteria.
    context.record().birthDate(birth);
  }
}

package dev.eligo.fhir;

import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.Sex;
import org.hl7.fhir.r4.model.Patient;

/** Maps {@code Patient.gender} and {@code Patient.birthDate}. */
final class PatientMapper {
  private PatientMapper() {}

  static void map(MappingContext context, Patient patient) {
    String gender = patient.getGenderElement().getValue() == null
        ? null
        : patient.getGenderElement().getValueAsString();
    context.record().sex(gender == null ? Sex.UNKNOWN : Sex.fromCode(gender));
    RecordDate birth = context.date(patient, "birthDate", patient.getBirthDateElement());
    if (birth == null) {
      return;
    }
    // A year or month of birth (de-identified data) still decides most age criteria.
    context.record().birthDate(birth);
  }
}

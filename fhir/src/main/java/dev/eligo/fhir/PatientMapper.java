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
    if (birth.day().isPresent()) {
      context.record().birthDate(birth.day().get());
    } else {
      context.problem(patient, "birthDate '" + birth + "' names no single day; age is unknown");
    }
  }
}

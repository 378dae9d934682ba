package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * {@link BundleMapper} on Bundle objects built in code, as an application holding HAPI models
 * would.
 */
class BundleMapperTest {

  @Test
  void bundleObject_dateTimeWithOffset_keepsWrittenDate() {
    Bundle bundle = new Bundle();
    bundle.addEntry().setResource(new Patient().setId("p1"));
    Observation psa = new Observation();
    psa.setId("psa-1");
    psa.setStatus(Observation.ObservationStatus.FINAL);
    psa.setCode(
        new CodeableConcept()
            .addCoding(new org.hl7.fhir.r4.model.Coding("http://loinc.org", "2857-1", "PSA")));
    psa.setSubject(new Reference("Patient/p1"));
    psa.setEffective(new DateTimeType("2026-11-24T23:30:00-10:00"));
    bundle.addEntry().setResource(psa);

    PatientRecord record = BundleMapper.map(bundle);

    assertThat(record.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.effective())
                  .isEqualTo(RecordDate.of(LocalDate.of(2026, 11, 24), LocalTime.of(23, 30)));
              assertThat(o.codes())
                  .containsExactly(new Coding("http://loinc.org", "2857-1", "PSA"));
            });
  }

  @Test
  void transactionBundle_urnUuidReferences_resolveToEntries() {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    bundle.addEntry().setFullUrl("urn:uuid:0a1b").setResource(new Patient());
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:med7")
        .setResource(
            new Medication()
                .setCode(
                    new CodeableConcept()
                        .addCoding(
                            new org.hl7.fhir.r4.model.Coding(
                                "http://www.whocc.no/atc", "L04AX03", null))));
    MedicationStatement statement =
        new MedicationStatement()
            .setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
            .setMedication(new Reference("urn:uuid:med7"))
            .setSubject(new Reference("urn:uuid:0a1b"))
            .setEffective(new DateTimeType("2026-01-02"));
    bundle.addEntry().setFullUrl("urn:uuid:ms1").setResource(statement);

    PatientRecord record = BundleMapper.map(bundle);

    assertThat(record.id()).isEqualTo("urn:uuid:0a1b");
    assertThat(record.medications())
        .singleElement()
        .satisfies(
            use -> {
              assertThat(use.ref()).isEqualTo(RecordRef.of("MedicationStatement", "urn:uuid:ms1"));
              assertThat(use.codes()).extracting(Coding::code).containsExactly("L04AX03");
            });
    assertThat(record.problems()).isEmpty();
  }

  @Test
  void resourceAboutAnotherPatient_isSkippedWithAProblem() {
    Bundle bundle = new Bundle();
    bundle.addEntry().setResource(new Patient().setId("p1"));
    Observation other = new Observation();
    other.setId("o9");
    other.setStatus(Observation.ObservationStatus.FINAL);
    other.setSubject(new Reference("Patient/p2"));
    bundle.addEntry().setResource(other);

    PatientRecord record = BundleMapper.map(bundle);

    assertThat(record.observations()).isEmpty();
    assertThat(record.problems())
        .singleElement()
        .hasToString(
            "Observation/o9: subject 'Patient/p2' is not this Bundle's patient; the resource was skipped");
  }

  @Test
  void bundleWithoutPatient_throwsAClearError() {
    assertThatThrownBy(() -> BundleMapper.map(new Bundle()))
        .isInstanceOf(InvalidBundleException.class)
        .hasMessage("the Bundle has no Patient resource; one patient per Bundle is expected");
  }

  @Test
  void observationWithoutStatus_isUnknownWithAProblem() {
    Bundle bundle = new Bundle();
    bundle.addEntry().setResource(new Patient().setId("p1"));
    Observation noStatus = new Observation();
    noStatus.setId("o1");
    bundle.addEntry().setResource(noStatus);

    PatientRecord record = BundleMapper.map(bundle);

    assertThat(record.observations())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.status())
                    .isEqualTo(dev.eligo.runtime.record.ObservationStatus.UNKNOWN));
    assertThat(record.problems())
        .extracting(Object::toString)
        .containsExactly(
            "Observation/o1: status is missing; it was read as unknown",
            "Observation/o1: code is missing (Observation.code is required), so what was measured is unknown");
  }
}

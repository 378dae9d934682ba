package dev.eligo.runtime.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which FHIR statuses make a record count, be left out, or be tentative; each status read back from
 * its FHIR code, and an unknown code refused with the field named.
 */
class RecordStatusesTest {

  @Test
  void medicationStatus_leavesOutWhatWasNeverTaken() {
    assertThat(matching(MedicationStatus.values(), MedicationStatus::isExcluded))
        .isEqualTo(
            EnumSet.of(
                MedicationStatus.NOT_DONE,
                MedicationStatus.NOT_TAKEN,
                MedicationStatus.INTENDED,
                MedicationStatus.CANCELLED,
                MedicationStatus.DRAFT,
                MedicationStatus.PREPARATION,
                MedicationStatus.DECLINED,
                MedicationStatus.ENTERED_IN_ERROR));
    assertRoundTrip(MedicationStatus.values(), MedicationStatus::code, MedicationStatus::fromCode);
    assertThat(MedicationStatus.fromCode("on-hold")).isEqualTo(MedicationStatus.ON_HOLD);
    assertThatThrownBy(() -> MedicationStatus.fromCode("taken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown medication status code 'taken'");
  }

  @Test
  void verificationStatus_refutedAndErroneousAreLeftOut_unconfirmedOnesAreTentative() {
    assertThat(matching(VerificationStatus.values(), VerificationStatus::isExcluded))
        .isEqualTo(EnumSet.of(VerificationStatus.REFUTED, VerificationStatus.ENTERED_IN_ERROR));
    assertThat(matching(VerificationStatus.values(), VerificationStatus::isTentative))
        .isEqualTo(
            EnumSet.of(
                VerificationStatus.UNCONFIRMED,
                VerificationStatus.PROVISIONAL,
                VerificationStatus.DIFFERENTIAL));
    assertRoundTrip(
        VerificationStatus.values(), VerificationStatus::code, VerificationStatus::fromCode);
    assertThatThrownBy(() -> VerificationStatus.fromCode("likely"))
        .hasMessage("unknown verificationStatus code 'likely'");
  }

  @Test
  void clinicalStatus_activeIncludesRecurrenceAndRelapse() {
    assertThat(matching(ClinicalStatus.values(), ClinicalStatus::isActive))
        .isEqualTo(
            EnumSet.of(ClinicalStatus.ACTIVE, ClinicalStatus.RECURRENCE, ClinicalStatus.RELAPSE));
    assertRoundTrip(ClinicalStatus.values(), ClinicalStatus::code, ClinicalStatus::fromCode);
    assertThatThrownBy(() -> ClinicalStatus.fromCode("cured"))
        .hasMessage("unknown clinicalStatus code 'cured'");
  }

  @Test
  void encounterStatus_plannedCancelledAndErroneousAreLeftOut_theStayingOnesAreOngoing() {
    assertThat(matching(EncounterStatus.values(), EncounterStatus::isExcluded))
        .isEqualTo(
            EnumSet.of(
                EncounterStatus.PLANNED,
                EncounterStatus.CANCELLED,
                EncounterStatus.ENTERED_IN_ERROR));
    assertThat(matching(EncounterStatus.values(), EncounterStatus::isOngoing))
        .isEqualTo(
            EnumSet.of(
                EncounterStatus.ARRIVED,
                EncounterStatus.TRIAGED,
                EncounterStatus.IN_PROGRESS,
                EncounterStatus.ONLEAVE));
    assertRoundTrip(EncounterStatus.values(), EncounterStatus::code, EncounterStatus::fromCode);
    assertThatThrownBy(() -> EncounterStatus.fromCode("done"))
        .hasMessage("unknown Encounter.status code 'done'");
  }

  @Test
  void reportStatus_onlyFinalAndLaterVersionsCount() {
    assertThat(matching(ReportStatus.values(), ReportStatus::counts))
        .isEqualTo(
            EnumSet.of(
                ReportStatus.FINAL,
                ReportStatus.AMENDED,
                ReportStatus.CORRECTED,
                ReportStatus.APPENDED));
    assertRoundTrip(ReportStatus.values(), ReportStatus::code, ReportStatus::fromCode);
    assertThatThrownBy(() -> ReportStatus.fromCode("signed"))
        .hasMessage("unknown DiagnosticReport.status code 'signed'");
  }

  @Test
  void observationStatus_finalAmendedAndCorrectedCount_amendedAndCorrectedAreRevisions() {
    assertThat(matching(ObservationStatus.values(), ObservationStatus::counts))
        .isEqualTo(
            EnumSet.of(
                ObservationStatus.FINAL, ObservationStatus.AMENDED, ObservationStatus.CORRECTED));
    assertThat(matching(ObservationStatus.values(), ObservationStatus::isRevision))
        .isEqualTo(EnumSet.of(ObservationStatus.AMENDED, ObservationStatus.CORRECTED));
    assertRoundTrip(
        ObservationStatus.values(), ObservationStatus::code, ObservationStatus::fromCode);
    assertThatThrownBy(() -> ObservationStatus.fromCode("Final"))
        .hasMessage("unknown Observation.status code 'Final'");
  }

  @Test
  void imagingStatus_onlyAvailableAndUnknownStudiesAreKept() {
    assertThat(matching(ImagingStatus.values(), ImagingStatus::isExcluded))
        .isEqualTo(
            EnumSet.of(
                ImagingStatus.REGISTERED, ImagingStatus.CANCELLED, ImagingStatus.ENTERED_IN_ERROR));
    assertRoundTrip(ImagingStatus.values(), ImagingStatus::code, ImagingStatus::fromCode);
    assertThatThrownBy(() -> ImagingStatus.fromCode("read"))
        .hasMessage("unknown ImagingStudy.status code 'read'");
  }

  @Test
  void procedureStatus_notDoneErroneousAndPreparationAreLeftOut() {
    assertThat(matching(ProcedureStatus.values(), ProcedureStatus::isExcluded))
        .isEqualTo(
            EnumSet.of(
                ProcedureStatus.NOT_DONE,
                ProcedureStatus.ENTERED_IN_ERROR,
                ProcedureStatus.PREPARATION));
    assertRoundTrip(ProcedureStatus.values(), ProcedureStatus::code, ProcedureStatus::fromCode);
    assertThatThrownBy(() -> ProcedureStatus.fromCode("done"))
        .hasMessage("unknown Procedure.status code 'done'");
  }

  @Test
  void specimenStatus_onlyAnErroneousSpecimenIsLeftOut() {
    assertThat(matching(SpecimenStatus.values(), SpecimenStatus::isExcluded))
        .isEqualTo(EnumSet.of(SpecimenStatus.ENTERED_IN_ERROR));
    assertRoundTrip(SpecimenStatus.values(), SpecimenStatus::code, SpecimenStatus::fromCode);
    assertThatThrownBy(() -> SpecimenStatus.fromCode("lost"))
        .hasMessage("unknown Specimen.status code 'lost'");
  }

  @Test
  void immunizationStatus_notDoneAndErroneousAreLeftOut() {
    assertThat(matching(ImmunizationStatus.values(), ImmunizationStatus::isExcluded))
        .isEqualTo(EnumSet.of(ImmunizationStatus.NOT_DONE, ImmunizationStatus.ENTERED_IN_ERROR));
    assertRoundTrip(
        ImmunizationStatus.values(), ImmunizationStatus::code, ImmunizationStatus::fromCode);
    assertThatThrownBy(() -> ImmunizationStatus.fromCode("given"))
        .hasMessage("unknown Immunization.status code 'given'");
  }

  @Test
  void sex_anAbsentGenderIsUnknown_anUnlistedOneIsRefused() {
    assertRoundTrip(Sex.values(), Sex::code, Sex::fromCode);
    assertThat(Sex.fromCode(null)).isEqualTo(Sex.UNKNOWN);
    assertThat(Sex.fromCode("female")).isEqualTo(Sex.FEMALE);
    assertThatThrownBy(() -> Sex.fromCode("M")).hasMessage("unknown Patient.gender code 'M'");
  }

  @Test
  void medicationSource_followsTheResourceType() {
    assertThat(MedicationSource.ofResourceType("MedicationRequest"))
        .isEqualTo(MedicationSource.REQUEST);
    assertThat(MedicationSource.ofResourceType("MedicationStatement"))
        .isEqualTo(MedicationSource.STATEMENT);
    assertThat(MedicationSource.ofResourceType("MedicationAdministration"))
        .isEqualTo(MedicationSource.ADMINISTRATION);
    assertThat(MedicationSource.ofResourceType("MedicationDispense"))
        .isEqualTo(MedicationSource.DISPENSE);
    assertThat(MedicationSource.ofResourceType("Observation")).isNull();
    assertThat(
            Arrays.stream(MedicationSource.values())
                .map(MedicationSource::word)
                .collect(Collectors.toList()))
        .containsExactly("request", "statement", "administration", "dispense");
  }

  private static <E extends Enum<E>> Set<E> matching(E[] values, Predicate<E> test) {
    return Arrays.stream(values).filter(test).collect(Collectors.toSet());
  }

  private static <E extends Enum<E>> void assertRoundTrip(
      E[] values, Function<E, String> code, Function<String, E> fromCode) {
    for (E value : values) {
      assertThat(fromCode.apply(code.apply(value))).isEqualTo(value);
      assertThat(code.apply(value))
          .isEqualTo(value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }
}

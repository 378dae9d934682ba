package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.S;
import static dev.eligo.runtime.internal.eval.Fixtures.SNOMED;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.Screening;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.DiagnosticReport;
import dev.eligo.runtime.record.ImagingStatus;
import dev.eligo.runtime.record.ImagingStudy;
import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ReportStatus;
import dev.eligo.runtime.record.Specimen;
import dev.eligo.runtime.record.SpecimenStatus;
import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an evaluation reads besides observations and conditions: the screening's inputs (a date, a
 * number, a quantity, a code, a yes or no, or not decided yet), and allergies, specimens,
 * immunizations, reports and imaging studies of a concept, imaging known by its modality too.
 */
class ScreeningInputsAndOtherRecordsTest {
  private static final CodeSystemRef ARMS =
      CodeSystemRef.of("arm", CodeMatch.EXACT, "urn:eligo:local:arm");
  private static final InputConcept REGISTRATION =
      InputConcept.of("registration", "registration", InputInfo.Kind.DATE, null, null);
  private static final InputConcept LEVEL =
      InputConcept.of("level", "dose level", InputInfo.Kind.NUMBER, null, null);
  private static final InputConcept DOSE =
      InputConcept.of("dose", "planned dose", InputInfo.Kind.QUANTITY, "mg", null);
  private static final InputConcept ARM =
      InputConcept.of("arm", "arm", InputInfo.Kind.CODE, null, ARMS);
  private static final InputConcept FIT =
      InputConcept.of("fit", "judged fit", InputInfo.Kind.TRUTH, null, null);
  private static final ProtocolInfo PROTOCOL =
      new ProtocolInfo(
          "NCT07298239",
          "CAR-NK",
          "1.0",
          List.of(),
          List.of(REGISTRATION.info(), LEVEL.info(), DOSE.info(), ARM.info(), FIT.info()));

  private static Evaluation screened(Screening screening) {
    return new Evaluation(PROTOCOL, null, PatientRecord.builder("p1").build(), screening, 0);
  }

  @Test
  void inputs_areReadAsTheirKind_namedAsTheProtocolNamesThem() {
    Evaluation e =
        screened(
            Screening.on(S)
                .with("registration", LocalDate.of(2026, 11, 2))
                .with("level", new BigDecimal("2"))
                .with("dose", "150 mg")
                .with("arm", "B")
                .with("fit", true));

    Value<LocalDate> registration = e.input(REGISTRATION);
    assertThat(registration.get()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(registration.label()).isEqualTo("registration");
    assertThat(registration.shown()).isEqualTo("registration 2026-11-02 (screening input)");
    assertThat(e.<Quantity>input(LEVEL).get()).isEqualTo(Quantity.number(2));
    assertThat(e.<Quantity>input(DOSE).get()).isEqualTo(Quantity.of("150", "mg"));
    assertThat(e.<Codes>input(ARM).get())
        .isEqualTo(Codes.of(Coding.of("urn:eligo:local:arm", "B")));
    Truth fit = e.inputTruth(FIT);
    assertThat(fit.value()).isEqualTo(TruthValue.TRUE);
    assertThat(fit.statement()).isEqualTo("judged fit (screening input)");
    assertThatThrownBy(() -> e.input(FIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fit is a truth: read it with inputTruth");
  }

  @Test
  void anInputNotDecidedYet_isUnknown_namingTheInput() {
    Evaluation e =
        screened(
            Screening.on(S)
                .with("registration", "unknown")
                .with("level", "unknown")
                .with("dose", "unknown")
                .with("arm", "unknown")
                .with("fit", "unknown"));
    Value<LocalDate> registration = e.input(REGISTRATION);
    assertThat(registration.reason()).isEqualTo("registration is not decided (screening input)");
    assertThat(registration.missing())
        .containsExactly(new Missing("registration", "(screening input registration)"));
    Truth fit = e.inputTruth(FIT);
    assertThat(fit.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(fit.statement()).isEqualTo("judged fit is not decided (screening input)");
    assertThat(fit.missing()).containsExactly(new Missing("judged fit", "(screening input fit)"));
  }

  @Test
  void otherKindsOfRecord_areReadByTheirCodes_imagingByModalityToo() {
    Coding penicillin = snomed("764146007");
    Coding serum = snomed("119364003");
    Coding flu = snomed("46233009");
    Coding psma = snomed("1");
    Coding pet = Coding.of("http://dicom.nema.org/resources/ontology/DCM", "PT");
    RecordDate day = RecordDate.parse("2026-10-01");
    PatientRecord patient =
        PatientRecord.builder("p1")
            .add(
                new Allergy(
                    RecordRef.of("AllergyIntolerance", "a"),
                    List.of(penicillin),
                    null,
                    null,
                    null,
                    day))
            .add(
                new Specimen(
                    RecordRef.of("Specimen", "s"),
                    List.of(serum),
                    SpecimenStatus.AVAILABLE,
                    day,
                    List.of()))
            .add(
                new Immunization(
                    RecordRef.of("Immunization", "v"),
                    List.of(flu),
                    ImmunizationStatus.COMPLETED,
                    day,
                    List.of(),
                    true))
            .add(
                new DiagnosticReport(
                    RecordRef.of("DiagnosticReport", "r"),
                    List.of(psma),
                    ReportStatus.FINAL,
                    day,
                    null,
                    List.of()))
            .add(
                new ImagingStudy(
                    RecordRef.of("ImagingStudy", "i"),
                    List.of(),
                    List.of(pet),
                    List.of(),
                    ImagingStatus.AVAILABLE,
                    day))
            .build();
    Evaluation e = new Evaluation(Fixtures.PROTOCOL, patient, S);
    CodeSystemRef dicom =
        CodeSystemRef.of("DCM", CodeMatch.EXACT, "http://dicom.nema.org/resources/ontology/DCM");

    assertThat(e.allergies(concept(SNOMED, "764146007")).definite()).hasSize(1);
    assertThat(e.specimens(concept(SNOMED, "119364003")).definite()).hasSize(1);
    assertThat(e.immunizations(concept(SNOMED, "46233009")).definite()).hasSize(1);
    assertThat(e.reports(concept(SNOMED, "1")).definite()).hasSize(1);
    assertThat(e.imagingStudies(concept(dicom, "PT")).definite()).hasSize(1);
    assertThat(e.allergies(concept(SNOMED, "1")).isEmpty()).isTrue();
  }

  private static RecordConcept concept(CodeSystemRef system, String code) {
    return RecordConcept.of(
        "c" + code, "concept " + code, ValueSet.builder().include(system, code).build());
  }
}

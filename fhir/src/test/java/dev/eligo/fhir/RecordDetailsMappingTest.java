package dev.eligo.fhir;

import static dev.eligo.fhir.Fixtures.allergy;
import static dev.eligo.fhir.Fixtures.condition;
import static dev.eligo.fhir.Fixtures.procedure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Allergy;
import dev.eligo.runtime.record.AllergyReaction;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Condition;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Procedure;
import dev.eligo.runtime.record.ProcedureStatus;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.record.ResearchParticipation;
import dev.eligo.runtime.record.VerificationStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage, body site and abatement of conditions; procedures' links; allergies' reactions; studies'
 * identifiers.
 */
class RecordDetailsMappingTest {
  private static final String SNOMED = "http://snomed.info/sct";

  @Test
  void resolvedCancer_abatementOnItsWrittenDay_stageAndBodySite() {
    Condition breast = condition(Fixtures.map("conditions-more"), "dx-breast-ca");

    assertThat(breast.abatement())
        .isEqualTo(RecordDate.of(LocalDate.of(2019, 3, 31), LocalTime.MIDNIGHT));
    assertThat(breast.stages())
        .containsExactly(
            new Coding(SNOMED, "1222806003", "American Joint Committee on Cancer stage IA"));
    assertThat(breast.bodySites())
        .containsExactly(new Coding(SNOMED, "80248007", "Left breast structure"));
  }

  @Test
  void unconfirmedFracture_keepsItsVerificationAndHasNoStage() {
    Condition fracture = condition(Fixtures.map("conditions-more"), "dx-fracture");

    assertThat(fracture.verificationStatus()).isEqualTo(VerificationStatus.UNCONFIRMED);
    assertThat(fracture.stages()).isEmpty();
    assertThat(fracture.bodySites()).isEmpty();
    assertThat(fracture.abatement()).isNull();
  }

  @Test
  void abatementAsTextOrPartial_isAProblemOrAPartialDate() {
    PatientRecord one =
        Fixtures.mapResources(
            conditionJson("c1", "\"abatementString\":\"after surgery\""),
            conditionJson("c2", "\"abatementPeriod\":{\"start\":\"2024-05\"}"));

    assertThat(condition(one, "c1").abatement()).isNull();
    assertThat(condition(one, "c2").abatement())
        .isEqualTo(RecordDate.ofMonth(YearMonth.of(2024, 5)));
    assertThat(Fixtures.problems(one))
        .containsExactly(
            "Condition/c1: abatement[x] of type string gives no date; the condition's end date is unknown");
  }

  @Test
  void procedureForAFracture_namesTheConditionAndItsBodySite() {
    Procedure fixation =
        procedure(Fixtures.map("procedures-more", "conditions-more"), "proc-hip-fixation");

    assertThat(fixation.reasonRefs()).containsExactly(RecordRef.of("Condition", "dx-fracture"));
    assertThat(fixation.bodySites()).extracting(Coding::code).containsExactly("29836001");
    assertThat(fixation.reasonCodes()).isEmpty();
  }

  @Test
  void procedureInProgress_withACodedReason() {
    Procedure biopsy = procedure(Fixtures.map("procedures-more"), "proc-biopsy");

    assertThat(biopsy.status()).isEqualTo(ProcedureStatus.IN_PROGRESS);
    assertThat(biopsy.reasonCodes()).extracting(Coding::code).containsExactly("C61");
    assertThat(biopsy.reasonRefs()).isEmpty();
  }

  @Test
  void reasonReferenceWithoutTypeAndId_isIgnoredWithAProblem() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"Procedure\",\"id\":\"p1\",\"status\":\"completed\","
                + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"179277008\"}]},"
                + "\"performedDateTime\":\"2026-09-04\",\"reasonReference\":[{\"reference\":\"fracture-1\"}]}");

    assertThat(procedure(one, "p1").reasonRefs()).isEmpty();
    assertThat(Fixtures.problems(one))
        .containsExactly(
            "Procedure/p1: reasonReference 'fracture-1' names no resource type and id; it was ignored");
  }

  @Test
  void penicillinAllergy_categoryCriticalityAndEachReaction() {
    Allergy penicillin = allergy(Fixtures.map("allergy-more"), "ai-penicillin");

    assertThat(penicillin.type()).isEqualTo("allergy");
    assertThat(penicillin.categories()).containsExactly("medication");
    assertThat(penicillin.criticality()).isEqualTo("high");
    assertThat(penicillin.reactions())
        .containsExactly(
            new AllergyReaction(List.of(new Coding(SNOMED, "39579001", "Anaphylaxis")), "severe"),
            new AllergyReaction(List.of(new Coding(SNOMED, "126485001", "Urticaria")), "mild"));
  }

  @Test
  void lactoseIntolerance_withoutCriticalityOrReactions() {
    Allergy lactose = allergy(Fixtures.map("allergy-more"), "ai-lactose");

    assertThat(lactose.type()).isEqualTo("intolerance");
    assertThat(lactose.categories()).containsExactly("food");
    assertThat(lactose.criticality()).isNull();
    assertThat(lactose.reactions()).isEmpty();
  }

  @Test
  void unknownCriticality_isAProblemAndNotRead() {
    PatientRecord one =
        Fixtures.mapResources(
            "{\"resourceType\":\"AllergyIntolerance\",\"id\":\"a1\","
                + "\"criticality\":\"extreme\",\"code\":{\"coding\":[{\"system\":\"http://www.whocc.no/atc\",\"code\":\"J01CE\"}]},"
                + "\"patient\":{\"reference\":\"Patient/pat-1001\"}}");

    assertThat(allergy(one, "a1").criticality()).isNull();
    assertThat(one.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.makesRecordUnusable()).isTrue();
              assertThat(p.message()).contains("extreme");
            });
  }

  @Test
  void researchSubject_studyIdentifiersKeepTheirSystems() {
    ResearchParticipation other = Fixtures.participation(Fixtures.map("research"), "rs-other");

    assertThat(other.studies())
        .containsExactly(
            new Coding("https://clinicaltrials.gov", "NCT05012345", null),
            new Coding("urn:oid:2.16.840.1.113883.3.1077", "ONC-2025-17", null));
    assertThat(other.studyIdentifiers()).containsExactly("NCT05012345", "ONC-2025-17");
  }

  private static String conditionJson(String id, String more) {
    return "{\"resourceType\":\"Condition\",\"id\":\""
        + id
        + "\",\"code\":{\"coding\":[{\"system\":"
        + "\"http://hl7.org/fhir/sid/icd-10\",\"code\":\"S72.0\"}]},\"onsetDateTime\":\"2020-01-01\","
        + more
        + "}";
  }
}

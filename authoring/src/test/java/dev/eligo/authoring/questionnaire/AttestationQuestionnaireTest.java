package dev.eligo.authoring.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import dev.eligo.authoring.Sample;
import dev.eligo.fhir.BundleMapper;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's investigator questionnaire validates with HAPI FHIR's validator (the FHIR R4 core
 * profiles and terminology), and so does a response to it; fed with a patient's Bundle, the
 * response's answers decide the criteria that read the attestations.
 */
class AttestationQuestionnaireTest {
  private static final String URL =
      "https://example.org/fhir/Questionnaire/NCT07298239-attestations";
  private static final FhirContext FHIR = FhirContext.forR4Cached();

  private static Questionnaire questionnaire;
  private static FhirValidator validator;

  @BeforeAll
  static void questionnaireAndValidator() {
    questionnaire = AttestationQuestionnaire.of(Sample.checked(), URL);
    // The questionnaire responses name, found by its canonical URL.
    IValidationSupport ours =
        new IValidationSupport() {
          @Override
          public FhirContext getFhirContext() {
            return FHIR;
          }

          @Override
          public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            return URL.equals(url) && (type == null || type.isInstance(questionnaire))
                ? cast(questionnaire)
                : null;
          }
        };
    ValidationSupportChain support =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(FHIR),
            new InMemoryTerminologyServerValidationSupport(FHIR),
            new CommonCodeSystemsTerminologyService(FHIR),
            new SnapshotGeneratingValidationSupport(FHIR),
            ours);
    validator = FHIR.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(support));
  }

  @Test
  void questionnaire_hasOneYesNoItemPerAttestation_withTheCriteriaItDecides() {
    assertThat(questionnaire.getItem())
        .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
        .containsExactly(
            "expected-survival-6-months",
            "informed-consent",
            "able-to-use-contraception",
            "malignancy-slow-progressing",
            "investigator-deems-unsuitable");
    assertThat(questionnaire.getItem())
        .allSatisfy(
            item ->
                assertThat(item.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.BOOLEAN));
    Questionnaire.QuestionnaireItemComponent slowProgressing = questionnaire.getItem().get(3);
    assertThat(slowProgressing.getText()).isEqualTo("Other malignancy deemed slow-progressing?");
    assertThat(slowProgressing.getItem())
        .singleElement()
        .satisfies(
            display ->
                assertThat(display.getText())
                    .startsWith(
                        "Exclusion E2: History of other malignancies within 5 years prior to screening"));
  }

  @Test
  void questionnaire_validatesWithHapisValidator() {
    assertThat(problems(questionnaire)).isEmpty();
  }

  @Test
  void answeredResponse_validatesAgainstTheQuestionnaire() {
    assertThat(
            problems(
                answered(Map.of("expected-survival-6-months", true, "informed-consent", true))))
        .isEmpty();
  }

  /** The validator does check responses against the questionnaire: an item it lacks is an error. */
  @Test
  void responseWithAnItemTheQuestionnaireLacks_isAnError() {
    QuestionnaireResponse response = answered(Map.of("informed-consent", true));
    response.addItem().setLinkId("not-a-question").addAnswer().setValue(new BooleanType(true));
    assertThat(problems(response)).anySatisfy(p -> assertThat(p).contains("not-a-question"));
  }

  @Test
  void answers_decideTheAttestationCriteria() throws IOException {
    ScreeningResult yes =
        screenWith(
            answered(
                Map.of(
                    "expected-survival-6-months",
                    true,
                    "informed-consent",
                    true,
                    "able-to-use-contraception",
                    true,
                    "malignancy-slow-progressing",
                    true,
                    "investigator-deems-unsuitable",
                    false)));
    assertThat(yes.verdict()).isEqualTo(Verdict.ELIGIBLE);

    ScreeningResult no =
        screenWith(
            answered(
                Map.of(
                    "expected-survival-6-months",
                    false,
                    "informed-consent",
                    false,
                    "able-to-use-contraception",
                    false,
                    "investigator-deems-unsuitable",
                    true)));
    assertThat(no.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(List.of("I3", "I6"))
        .allSatisfy(
            id ->
                assertThat(no.criterion(id).orElseThrow().outcome())
                    .as(id)
                    .isEqualTo(CriterionOutcome.NOT_MET));
    assertThat(List.of("E7", "E10"))
        .allSatisfy(
            id ->
                assertThat(no.criterion(id).orElseThrow().outcome())
                    .as(id)
                    .isEqualTo(CriterionOutcome.MET));

    ScreeningResult unanswered = screenWith(answered(Map.of("informed-consent", true)));
    assertThat(unanswered.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    assertThat(unanswered.deciding()).extracting(c -> c.id()).containsExactly("I3", "E7", "E10");
  }

  /** A completed response of the investigator to the questionnaire, for the sample's mcrpc-01. */
  private static QuestionnaireResponse answered(Map<String, Boolean> answers) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setId("attestations-mcrpc-01");
    response.setQuestionnaire(URL);
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(new Reference("Patient/mcrpc-01"));
    response.setAuthoredElement(new DateTimeType("2026-11-22"));
    for (Questionnaire.QuestionnaireItemComponent item : questionnaire.getItem()) {
      if (answers.containsKey(item.getLinkId())) {
        response
            .addItem()
            .setLinkId(item.getLinkId())
            .setText(item.getText())
            .addAnswer()
            .setValue(new BooleanType(answers.get(item.getLinkId())));
      }
    }
    return response;
  }

  /** Screens mcrpc-01 with this response in place of the investigator's checklist of its Bundle. */
  private static ScreeningResult screenWith(QuestionnaireResponse response) throws IOException {
    Bundle bundle =
        FHIR.newJsonParser()
            .parseResource(
                Bundle.class, Files.readString(Sample.PATIENTS.resolve("mcrpc-01.json")));
    bundle.getEntry().removeIf(e -> e.getResource() instanceof QuestionnaireResponse);
    bundle
        .addEntry()
        .setFullUrl("QuestionnaireResponse/" + response.getIdElement().getIdPart())
        .setResource(response);
    return Sample.evaluator().screen(BundleMapper.map(bundle), Sample.SCREENING);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object resource) {
    return (T) resource;
  }

  private static List<String> problems(IBaseResource resource) {
    return validator.validateWithResult(resource).getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(SingleValidationMessage::toString)
        .toList();
  }
}

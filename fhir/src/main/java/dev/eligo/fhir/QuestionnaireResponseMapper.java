package dev.eligo.fhir;

import dev.eligo.runtime.record.Attestation;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps a QuestionnaireResponse's yes/no items, at any depth (under items and under answers), to
 * attestations. An answer is {@code valueBoolean} or a LOINC coding LA33-6 (yes) / LA32-8 (no); a
 * leaf item with no answer is an unanswered attestation; items answered with text, numbers or dates
 * are not attestations and are left out.
 */
final class QuestionnaireResponseMapper {
  static final String YES = "LA33-6";
  static final String NO = "LA32-8";

  private QuestionnaireResponseMapper() {}

  static void map(MappingContext context, QuestionnaireResponse fhir) {
    if (!context.isAboutPatient(fhir, fhir.getSubject(), "subject")) {
      return;
    }
    String status = fhir.getStatusElement().getValueAsString();
    if (status == null) {
      context.problem(fhir, "status is missing; it was read as unknown");
      status = "unknown";
    }
    RecordDate authored = context.date(fhir, "authored", fhir.getAuthoredElement());
    Target target = new Target(context, fhir, context.ref(fhir), authored, status);
    for (QuestionnaireResponseItemComponent item : fhir.getItem()) {
      target.item(item);
    }
  }

  /** Walks the items of one response, adding an attestation for each yes/no item. */
  private static final class Target {
    private final MappingContext context;
    private final QuestionnaireResponse fhir;
    private final RecordRef ref;
    private final RecordDate authored;
    private final String status;

    Target(
        MappingContext context,
        QuestionnaireResponse fhir,
        RecordRef ref,
        RecordDate authored,
        String status) {
      this.context = context;
      this.fhir = fhir;
      this.ref = ref;
      this.authored = authored;
      this.status = status;
    }

    void item(QuestionnaireResponseItemComponent item) {
      List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
      if (item.hasLinkId()) {
        if (answers.isEmpty() && !item.hasItem()) {
          attest(item.getLinkId(), null);
        } else if (!answers.isEmpty()) {
          answered(item.getLinkId(), answers);
        }
      }
      for (QuestionnaireResponseItemAnswerComponent answer : answers) {
        answer.getItem().forEach(this::item);
      }
      item.getItem().forEach(this::item);
    }

    private void answered(String linkId, List<QuestionnaireResponseItemAnswerComponent> answers) {
      Boolean decided = null;
      boolean yesNo = false;
      boolean unusable = false;
      for (QuestionnaireResponseItemAnswerComponent answer : answers) {
        Type value = answer.getValue();
        if (!(value instanceof BooleanType) && !(value instanceof Coding)) {
          continue;
        }
        yesNo = true;
        Boolean said = yesOrNo(linkId, value);
        if (said == null) {
          unusable = true;
        } else if (decided != null && !decided.equals(said)) {
          context.problem(
              fhir, "item '" + linkId + "' is answered both yes and no; the answer is unknown");
          unusable = true;
        } else {
          decided = said;
        }
      }
      if (yesNo) {
        attest(linkId, unusable ? null : decided);
      }
    }

    private Boolean yesOrNo(String linkId, Type value) {
      if (value instanceof BooleanType) {
        return ((BooleanType) value).getValue();
      }
      Coding coding = (Coding) value;
      if (FhirValues.LOINC.equals(coding.getSystem()) && YES.equals(coding.getCode())) {
        return Boolean.TRUE;
      }
      if (FhirValues.LOINC.equals(coding.getSystem()) && NO.equals(coding.getCode())) {
        return Boolean.FALSE;
      }
      context.problem(
          fhir,
          "item '"
              + linkId
              + "' is answered with "
              + coding.getSystem()
              + "|"
              + coding.getCode()
              + ", which is neither LOINC "
              + YES
              + " (yes) nor "
              + NO
              + " (no); the answer is unknown");
      return null;
    }

    private void attest(String linkId, Boolean answer) {
      context.record().add(new Attestation(ref, linkId, answer, authored, status));
    }
  }
}

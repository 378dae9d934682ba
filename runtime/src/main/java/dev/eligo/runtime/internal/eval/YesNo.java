package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.ObservationValue;
import java.util.Map;

/**
 * Reads a yes/no result: a boolean, or one of the codes systems use for yes and no (LOINC answer
 * LA33-6/LA32-8, SNOMED CT 373066001/373067005, HL7 v2 table 0136 Y/N).
 */
final class YesNo {
  private static final Map<String, Boolean> CODES =
      Map.of(
          "http://loinc.org|LA33-6", true,
          "http://loinc.org|LA32-8", false,
          "http://snomed.info/sct|373066001", true,
          "http://snomed.info/sct|373067005", false,
          "http://terminology.hl7.org/CodeSystem/v2-0136|Y", true,
          "http://terminology.hl7.org/CodeSystem/v2-0136|N", false);

  private YesNo() {}

  /** The answer, or {@code null} when the value is not a yes or a no. */
  static Boolean of(ObservationValue value) {
    if (value instanceof ObservationValue.BooleanValue b) {
      return b.value();
    }
    if (value instanceof ObservationValue.CodedValue coded) {
      Boolean answer = null;
      for (Coding c : coded.codings()) {
        Boolean said = CODES.get(c.system().trim() + "|" + c.code().trim());
        if (said != null && answer != null && !said.equals(answer)) {
          return null; // says both: not an answer
        }
        answer = said != null ? said : answer;
      }
      return answer;
    }
    return null;
  }
}

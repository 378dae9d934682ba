package dev.eligo.runtime.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.RecordRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One criterion explained on its own: its text on one line (shortened past 80 characters), the
 * statement, and under a statement resting on records what was ignored, unclassified, unusable or
 * missing.
 */
class CriterionExplanationTest {
  private static final RecordRef C1 = RecordRef.of("Condition", "c1");
  private static final RecordRef O1 = RecordRef.of("Observation", "o1");

  private static CriterionResult criterion(String text, Truth truth) {
    return CriterionResult.of(
        new CriterionInfo("E2", CriterionKind.EXCLUSION, text, List.of()), truth, List.of());
  }

  @Test
  void aStatementRestingOnRecords_listsWhatCouldNotBeUsed() {
    Evidence evidence =
        Evidence.unclassified(C1, "coded only as SNOMED 1234")
            .and(Evidence.unusable(O1, "unit 'U' is not UCUM"))
            .and(Evidence.ignored(RecordRef.of("Condition", "c2"), "verificationStatus refuted"));
    Truth t =
        Truth.unknown(
            "any active infection", List.of(new Missing("infection", "in 2026")), evidence);
    CriterionResult c = criterion("  active\n   infection ", t);

    assertThat(c.explain())
        .isEqualTo(
            "E2 UNKNOWN  active infection\n"
                + "  any active infection: unknown\n"
                + "    ignored Condition/c2 (verificationStatus refuted)\n"
                + "    unclassified Condition/c1 (coded only as SNOMED 1234)\n"
                + "    unusable Observation/o1 (unit 'U' is not UCUM)\n"
                + "    missing infection in 2026\n");
    assertThat(c).hasToString("E2 UNKNOWN");
  }

  @Test
  void eachRunOfWhitespaceInACriterionText_isOneSpace() {
    Truth t = Truth.of(false, "no infection", Evidence.none());
    String text = "a\t\tb \u000B\f c\r\nd\u00A0e";

    assertThat(criterion(text, t).explain()).startsWith("E2 NOT_MET  a b c d\u00A0e\n");
  }

  @Test
  void aLongCriterionText_isShortenedToEightyCharacters() {
    String eighty = "x".repeat(80);
    Truth t = Truth.of(false, "no infection", Evidence.none());
    assertThat(criterion(eighty, t).explain()).startsWith("E2 NOT_MET  " + eighty + "\n");
    String longer = "word ".repeat(20) + "end";
    String shown = criterion(longer, t).explain().lines().findFirst().orElseThrow();
    assertThat(shown).isEqualTo("E2 NOT_MET  " + "word ".repeat(15).strip() + " wo...");
  }
}

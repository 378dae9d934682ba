package dev.eligo.runtime.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.eval.Logic;
import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningResultTest {
  private static final LocalDate S = LocalDate.of(2026, 11, 24);
  private static final Missing ANC = new Missing("ANC", "in 2026-10-27..2026-11-24");
  private static final Missing PSA = new Missing("PSA", "in 2025-11-24..2026-11-24");

  private static CriterionResult criterion(
      String id, CriterionKind kind, String value, Missing missing) {
    Truth t;
    switch (value) {
      case "T":
        t = Truth.of(true, id + " holds", Evidence.none());
        break;
      case "F":
        t = Truth.of(false, id + " holds", Evidence.none());
        break;
      default:
        t = Truth.unknown(id + " holds", List.of(missing), Evidence.none());
    }
    return CriterionResult.of(
        new CriterionInfo(id, kind, "text of " + id, List.of()), t, List.of());
  }

  private static ScreeningResult screen(CriterionResult... criteria) {
    ProtocolInfo protocol = new ProtocolInfo("NCT07298239", "CAR-NK in mCRPC", "1.0", List.of());
    return ScreeningResult.decide(protocol, "p1", S, List.of(criteria));
  }

  @ParameterizedTest(name = "inclusion {0}, exclusion {1}: {2}")
  @CsvSource({
    "T, F, ELIGIBLE", "F, F, INELIGIBLE", "T, T, INELIGIBLE", "U, F, NEEDS_REVIEW",
    "T, U, NEEDS_REVIEW", "U, T, INELIGIBLE", "F, U, INELIGIBLE", "U, U, NEEDS_REVIEW"
  })
  void verdict_fromTopLevelCriteria(String inclusion, String exclusion, Verdict expected) {
    ScreeningResult r =
        screen(
            criterion("I1", CriterionKind.INCLUSION, inclusion, ANC),
            criterion("E1", CriterionKind.EXCLUSION, exclusion, PSA));
    assertThat(r.verdict()).isEqualTo(expected);
  }

  @Test
  void deciding_ineligible_namesInclusionsNotMetAndExclusionsMet() {
    ScreeningResult r =
        screen(
            criterion("I1", CriterionKind.INCLUSION, "F", ANC),
            criterion("I2", CriterionKind.INCLUSION, "U", ANC),
            criterion("E1", CriterionKind.EXCLUSION, "T", PSA),
            criterion("E2", CriterionKind.EXCLUSION, "F", PSA));
    assertThat(r.deciding()).extracting(CriterionResult::id).containsExactly("I1", "E1");
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void needsReview_decidingAreTheUnknownOnes_missingDeduplicated() {
    ScreeningResult r =
        screen(
            criterion("I1", CriterionKind.INCLUSION, "U", ANC),
            criterion("I2", CriterionKind.INCLUSION, "T", PSA),
            criterion("E1", CriterionKind.EXCLUSION, "U", ANC),
            criterion("E2", CriterionKind.EXCLUSION, "U", PSA));
    assertThat(r.deciding()).extracting(CriterionResult::id).containsExactly("I1", "E1", "E2");
    assertThat(r.missing()).containsExactly(ANC, PSA);
  }

  @Test
  void criterion_findsPartsAtAnyLevel() {
    CriterionResult a = criterion("E3a", CriterionKind.EXCLUSION, "F", ANC);
    CriterionResult e3 =
        CriterionResult.of(
            new CriterionInfo(
                "E3", CriterionKind.EXCLUSION, "Abnormal organ function", List.of("E3a")),
            Logic.or(a.truth()),
            List.of(a));
    ScreeningResult r = screen(e3);
    assertThat(r.criterion("E3a")).contains(a);
    assertThat(r.criterion("E9")).isEmpty();
  }

  @Test
  void verdict_readsTopLevelOnly_notParts() {
    CriterionResult metPart = criterion("E3a", CriterionKind.EXCLUSION, "T", ANC);
    CriterionResult e3 =
        CriterionResult.of(
            new CriterionInfo(
                "E3", CriterionKind.EXCLUSION, "Abnormal organ function", List.of("E3a")),
            Truth.of(false, "author's expression over the parts", Evidence.none()),
            List.of(metPart));
    assertThat(screen(e3).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void explain_isAReadableTreeWithPartsReferencedAndNotesAtLeaves() {
    Truth ancLow =
        Truth.unknown(
            "latest ANC in 2026-10-27..2026-11-24: none recorded >= 1.5 10*9/L",
            List.of(ANC),
            Evidence.ignored(RecordRef.of("Observation", "a1"), "status preliminary"));
    CriterionResult e3a =
        CriterionResult.of(
            new CriterionInfo("E3a", CriterionKind.EXCLUSION, "Neutrophils below 1.5", List.of()),
            ancLow,
            List.of());
    CriterionResult e3 =
        CriterionResult.of(
            new CriterionInfo(
                "E3",
                CriterionKind.EXCLUSION,
                "Abnormal organ or bone marrow function, meeting any of the following criteria within "
                    + "28 days before enrolment",
                List.of("E3a")),
            Logic.or(e3a.truth(), Truth.of(false, "platelets low", Evidence.none())),
            List.of(e3a));
    CriterionResult i1 =
        CriterionResult.of(
            new CriterionInfo("I1", CriterionKind.INCLUSION, "Male", List.of()),
            Truth.of(true, "sex is male (recorded: male)", Evidence.none()),
            List.of());
    String text = screen(i1, e3).explain();
    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "NCT07298239 CAR-NK in mCRPC (version 1.0)",
                "patient p1, screened on 2026-11-24",
                "verdict: NEEDS_REVIEW",
                "decided by: E3 UNKNOWN",
                "missing:",
                "  - ANC in 2026-10-27..2026-11-24",
                "",
                "I1 MET  Male",
                "  sex is male (recorded: male): true",
                "",
                "E3 UNKNOWN  Abnormal organ or bone marrow function, meeting any of the following criteria...",
                "  any of: unknown",
                "    latest ANC in 2026-10-27..2026-11-24: none recorded >= 1.5 10*9/L: unknown (see E3a)",
                "  E3a UNKNOWN  Neutrophils below 1.5",
                "    latest ANC in 2026-10-27..2026-11-24: none recorded >= 1.5 10*9/L: unknown",
                "      ignored Observation/a1 (status preliminary)",
                "      missing ANC in 2026-10-27..2026-11-24",
                ""));
  }
}

package dev.eligo.runtime.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.RecordRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records a screening read but could not use, as the screener sees them: every one that reached
 * a criterion's result, through nested explanations and sub-criteria, each once, in criteria order;
 * and evidence as a value (equal by its lists, shown by them).
 */
class UnusableRecordsTest {
  private static final RecordRef ALT = RecordRef.of("Observation", "alt");
  private static final RecordRef HB = RecordRef.of("Observation", "hb");
  private static final RecordRef CR = RecordRef.of("Observation", "cr");
  private static final RecordRef PSA = RecordRef.of("Observation", "psa");
  private static final Evidence.Note ALT_UNIT = new Evidence.Note(ALT, "unit 'U' is not UCUM");
  private static final Evidence.Note HB_HIGH = new Evidence.Note(HB, "95 g/dL is above 25 g/dL");
  private static final Evidence.Note CR_UNIT = new Evidence.Note(CR, "unit and code disagree");

  private static CriterionResult criterion(
      String id, CriterionKind kind, Truth truth, CriterionResult... parts) {
    return CriterionResult.of(
        new CriterionInfo(id, kind, "text of " + id, List.of()), truth, List.of(parts));
  }

  private static ScreeningResult screen(CriterionResult... criteria) {
    return ScreeningResult.decide(
        new ProtocolInfo("NCT07298239", "CAR-NK", "1.0", List.of()),
        "p1",
        LocalDate.of(2026, 11, 24),
        List.of(criteria));
  }

  @Test
  void unusableRecords_fromNestedExplanationsAndParts_eachOnceInCriteriaOrder() {
    Truth alt =
        Truth.unknown(
            "ALT <= 3 x ULN",
            List.of(),
            Evidence.used(PSA).and(Evidence.unusable(ALT, ALT_UNIT.reason())));
    Truth hb =
        Truth.unknown(
            "Hb >= 9 g/dL",
            List.of(),
            Evidence.merge(
                List.of(
                    Evidence.used(HB),
                    Evidence.none(),
                    Evidence.unusable(HB, HB_HIGH.reason()),
                    Evidence.ignored(PSA, "status preliminary"))));
    // the same sub-result reached twice, and evidence shared between results
    Truth organs =
        Truth.of(
            dev.eligo.runtime.result.TruthValue.UNKNOWN,
            "organ function",
            List.of(alt, hb, alt),
            List.of(),
            Evidence.none());
    Truth creatinine =
        Truth.unknown("creatinine", List.of(), Evidence.unusable(CR, CR_UNIT.reason()));
    CriterionResult i3 =
        criterion(
            "I3",
            CriterionKind.INCLUSION,
            organs,
            criterion("I3a", CriterionKind.INCLUSION, alt),
            criterion("I3b", CriterionKind.INCLUSION, creatinine));
    CriterionResult e1 =
        criterion(
            "E1", CriterionKind.EXCLUSION, Truth.of(false, "no infection", Evidence.used(PSA)));

    ScreeningResult result = screen(i3, e1);
    assertThat(result.unusable()).containsExactly(ALT_UNIT, HB_HIGH, CR_UNIT);
    assertThat(screen(e1).unusable()).isEmpty();
  }

  @Test
  void evidence_isEqualByWhatItLists_andShownByIt() {
    Evidence joined = Evidence.used(HB).and(Evidence.used(ALT));
    Evidence listed = Evidence.used(List.of(HB, ALT));
    assertThat(joined).isEqualTo(listed).hasSameHashCodeAs(listed);
    assertThat(joined).isNotEqualTo(Evidence.used(List.of(ALT, HB)));
    assertThat(joined).isEqualTo(joined);
    assertThat(joined).isNotEqualTo("used [hb, alt]");
    assertThat(Evidence.used(List.of(HB, HB, ALT)).used()).containsExactly(HB, ALT);
    assertThat(Evidence.used(List.of(HB)).used()).containsExactly(HB);
    assertThat(Evidence.used(List.of())).isSameAs(Evidence.none());
    assertThat(Evidence.used(HB, ALT).used()).containsExactly(HB, ALT);
    assertThat(Evidence.unusable(CR, "x").and(Evidence.used(HB)))
        .hasToString(
            "used [Observation/hb], ignored [], unclassified [], unusable [Observation/cr (x)]");
    assertThat(Evidence.merge(List.of(Evidence.none(), Evidence.used(HB))))
        .isEqualTo(Evidence.used(HB));
    assertThat(Evidence.merge(List.of(Evidence.used(HB), Evidence.used(ALT))).used())
        .containsExactly(HB, ALT);
  }
}

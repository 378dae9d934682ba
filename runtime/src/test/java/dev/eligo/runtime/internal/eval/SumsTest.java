package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.ComparisonOp;
import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.TruthValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Totals over a list (cumulative steroid dose): each amount converted to the total's unit with
 * UCUM, an empty list totalling zero, and a total with unknown parts unknown but bounded, so that a
 * threshold the whole interval decides is decided.
 */
class SumsTest {
  private static final Missing DOSE_WHY = new Missing("dose of MedicationStatement/x", "");

  /** Items from text such as {@code "a b? c"}: a trailing {@code ?} makes an item possible. */
  private static Items<String> uses(String text) {
    List<Member<String>> members = new ArrayList<>();
    for (String word : text.trim().isEmpty() ? new String[0] : text.trim().split(" ")) {
      members.add(
          word.endsWith("?")
              ? Member.possible(
                  word.substring(0, word.length() - 1),
                  "its route is not recorded",
                  List.of(new Missing("route", word)))
              : Member.definite(word));
    }
    return new Items<>(
        "steroids",
        "in 2026",
        members,
        Evidence.used(RecordRef.of("MedicationStatement", "list")),
        Origin.NONE);
  }

  private static final Map<String, Value<Quantity>> DOSES =
      Map.of(
          "pred", Value.known(Quantity.of("50", "mg"), Evidence.used(RecordRef.of("M", "pred"))),
          "dex", Value.of(Quantity.of("0.1", "g")),
          "neg", Value.of(Quantity.of("-20", "mg")),
          "hc", Value.of(Quantity.of("30", "mg")),
          "vol", Value.of(Quantity.of("5", "mL")),
          "x", Value.unknown("dose not recorded", List.of(DOSE_WHY), Evidence.none()),
          "y", Value.unknown("no dose", List.of(), Evidence.none()));

  private static Value<Quantity> total(String text, boolean nonNegative) {
    return Sums.totalList(uses(text), "dose", "mg", nonNegative, DOSES::get);
  }

  private static TruthValue atLeast(Value<Quantity> total, String mg) {
    return Compare.quantities(total, ComparisonOp.GE, Arithmetic.constant(mg, "mg")).value();
  }

  private static TruthValue above(String mg, Value<Quantity> total) {
    // the known quantity on the left: the bounds are read mirrored
    return Compare.quantities(Arithmetic.constant(mg, "mg"), ComparisonOp.GT, total).value();
  }

  @Test
  void theAmounts_areAddedInTheTotalsUnit_andTheAdditionShown() {
    Value<Quantity> total = total("pred dex", true);

    assertThat(total.get()).isEqualTo(Quantity.of("150", "mg"));
    assertThat(total.shown()).isEqualTo("150 mg (= 50 mg (pred) + 0.1 g (dex))");
    assertThat(total.label()).isEqualTo("total of dose over steroids in 2026");
    assertThat(total.evidence().used())
        .containsExactly(RecordRef.of("MedicationStatement", "list"), RecordRef.of("M", "pred"));
    assertThat(total("pred", true).shown()).isEqualTo("50 mg (50 mg (pred))");
  }

  @Test
  void anEmptyList_totalsZero() {
    Value<Quantity> none = total("", true);
    assertThat(none.get()).isEqualTo(Quantity.of("0", "mg"));
    assertThat(none.shown()).isEqualTo("0 mg (none)");
  }

  @Test
  void throughAValue_eachItemKeepsTheListsOrigin() {
    Value<Quantity> total =
        Sums.total(uses("pred hc"), "dose", "mg", true, item -> DOSES.get(item.get()));
    assertThat(total.get()).isEqualTo(Quantity.of("80", "mg"));
  }

  @Test
  void anUnknownDose_ofNonNegativeAmounts_leavesTheKnownOnesAsAFloor() {
    Value<Quantity> total = total("pred x", true);

    assertThat(total.isKnown()).isFalse();
    assertThat(total.reason())
        .isEqualTo("at least 50 mg: added 50 mg (pred); not known: x: dose not recorded");
    assertThat(total.missing()).containsExactly(DOSE_WHY);
    assertThat(atLeast(total, "50")).isEqualTo(TruthValue.TRUE);
    assertThat(atLeast(total, "60")).isEqualTo(TruthValue.UNKNOWN);
    assertThat(above("40", total)).isEqualTo(TruthValue.FALSE);
    assertThat(above("60", total)).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void anUnknownAmountWithoutItsOwnMissingData_isNamedByTheItem() {
    Value<Quantity> total = total("y", true);
    assertThat(total.missing()).containsExactly(new Missing("dose", "y"));
    assertThat(total.reason()).isEqualTo("at least 0 mg: not known: y: no dose");
  }

  @Test
  void anUnknownAmountThatMayBeNegative_leavesTheTotalUnbounded() {
    Value<Quantity> total = total("pred x", false);
    assertThat(total.reason()).startsWith("unknown: added 50 mg (pred); not known: ");
    assertThat(atLeast(total, "0")).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void anAmountThatCannotBeConverted_isUnknown() {
    Value<Quantity> total = total("pred vol", true);
    assertThat(total.reason())
        .isEqualTo(
            "at least 50 mg: added 50 mg (pred); not known: vol: 5 mL cannot be added in mg");
  }

  @Test
  void anItemThatMayCount_boundsTheTotalFromAbove() {
    Value<Quantity> total = total("pred hc?", true);

    assertThat(total.isKnown()).isFalse();
    assertThat(total.reason())
        .isEqualTo(
            "between 50 mg and 80 mg: added 50 mg (pred); not known: 30 mg (hc) may count: its"
                + " route is not recorded");
    assertThat(total.missing()).containsExactly(new Missing("route", "hc?"));
    assertThat(atLeast(total, "50")).isEqualTo(TruthValue.TRUE);
    assertThat(atLeast(total, "81")).isEqualTo(TruthValue.FALSE);
    assertThat(atLeast(total, "70")).isEqualTo(TruthValue.UNKNOWN);
    assertThat(above("81", total)).isEqualTo(TruthValue.TRUE);
    // the total may be 80 mg itself
    assertThat(above("80", total)).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void aNegativeAmountThatMayCount_lowersTheFloor() {
    Value<Quantity> total = total("pred neg?", true);
    assertThat(total.reason()).startsWith("between 30 mg and 50 mg: ");
  }

  @Test
  void anItemThatMayCount_withAnUnknownAmount_saysBoth() {
    Value<Quantity> total = total("pred x?", true);
    assertThat(total.reason())
        .isEqualTo(
            "at least 50 mg: added 50 mg (pred); not known: x may count (its route is not"
                + " recorded), its amount: dose not recorded");
    assertThat(total.missing()).containsExactly(new Missing("route", "x?"), DOSE_WHY);
    Value<Quantity> onlyThat = total("x?", false);
    assertThat(onlyThat.reason()).startsWith("unknown: not known: x may count");
  }

  @Test
  void onlyAPossibleNegativeAmount_boundsFromBelowOnly_whenOthersAreUnknown() {
    Value<Quantity> total = total("neg? x", true);
    assertThat(total.reason()).startsWith("at least -20 mg: not known: ");
  }
}

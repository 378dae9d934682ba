package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a list is named (what was looked for and where) and which records a result about it cites:
 * every record that surely belongs, none that only may.
 */
class ListNamesAndEvidenceTest {

  private static Observation psa(String id) {
    return Fixtures.quantity(id, "2857-1", "2026-10-01", "4", "ng/mL");
  }

  @Test
  void aListIsNamedByWhatWasLookedForAndWhere() {
    Items<String> nowhere = Items.of("PSA", "", List.of("a"));
    assertThat(nowhere.label()).isEqualTo("PSA");
    assertThat(nowhere.where()).isEmpty();
    assertThat(nowhere.missing()).isEqualTo(new Missing("PSA", ""));
    Items<String> somewhere = Items.of("PSA", "in 2026", List.of("a"));
    assertThat(somewhere.label()).isEqualTo("PSA in 2026");
    assertThat(somewhere.missing()).isEqualTo(new Missing("PSA", "in 2026"));
    assertThat(somewhere.relabel("PSA (rising)", "").label()).isEqualTo("PSA (rising)");
    assertThat(somewhere.relabel("PSA (rising)", "").missing()).isEqualTo(new Missing("PSA", ""));
    assertThat(Lists.runs(somewhere, 1).label()).isEqualTo("1 consecutive PSA in 2026");
    assertThat(Lists.pairs(nowhere).label()).isEqualTo("consecutive pairs of PSA");
    assertThat(somewhere).hasToString(Show.items(somewhere));
  }

  @Test
  void resultsAboutAList_citeEveryRecordThatSurelyBelongs() {
    Observation a = psa("a");
    Observation b = psa("b");
    Observation maybe = psa("maybe");
    Items<Observation> two = Items.of("PSA", "", List.of(a, b));
    Truth exists = Lists.exists(two);
    assertThat(exists.evidence().used()).containsExactly(a.ref(), b.ref());
    Value<Quantity> count = Lists.count(two);
    assertThat(count.evidence().used()).containsExactly(a.ref(), b.ref());
    assertThat(Lists.count(Items.of("PSA", "", List.of(a))).evidence().used())
        .containsExactly(a.ref());

    Items<Observation> withUncertain =
        new Items<>(
            "PSA",
            "",
            List.of(
                Member.definite(a),
                Member.possible(maybe, "status unknown", List.of()),
                Member.definite(b)),
            Evidence.used(RecordRef.of("Observation", "list")),
            Origin.NONE);
    assertThat(Lists.exists(withUncertain).evidence().used())
        .containsExactly(RecordRef.of("Observation", "list"), a.ref(), b.ref());
    assertThat(withUncertain.definite()).containsExactly(a, b);
    assertThat(withUncertain.possible()).extracting(Possible::item).containsExactly(maybe);
    assertThat(withUncertain.unclassified()).isEmpty();
  }
}

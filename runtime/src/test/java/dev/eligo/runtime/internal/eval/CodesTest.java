package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ANTI_INFECTIVE_CODES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTest {
  private static final CodeSystemRef SNOMED_ROUTE = Fixtures.SNOMED;
  private static final ValueSet INTRAVENOUS =
      ValueSet.builder().include(SNOMED_ROUTE, "47625008").build();

  private static TruthValue in(List<Coding> codings, ValueSet valueSet) {
    return Codes.in(Value.known(Codes.of(codings), Evidence.none()), valueSet).value();
  }

  @Test
  void in_codingInTheValueSet_isTrue() {
    assertThat(in(List.of(Fixtures.snomed("47625008")), INTRAVENOUS)).isEqualTo(TruthValue.TRUE);
  }

  @Test
  void in_codingOfTheSameSystemNotInTheSet_isFalse() {
    assertThat(in(List.of(Fixtures.snomed("26643006")), INTRAVENOUS)).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void in_noCodes_isUnknown() {
    assertThat(in(List.of(), INTRAVENOUS)).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void in_codedOnlyInAnotherSystem_isUnknownAndNamesTheCodes() {
    Coding rxnorm = Coding.of("http://www.nlm.nih.gov/research/umls/rxnorm", "723");
    var result = Codes.in(Value.known(Codes.of(rxnorm), Evidence.none()), ANTI_INFECTIVE_CODES);
    assertThat(result.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(result.statement()).contains("coded only in systems it does not use: 723");
  }

  @Test
  void in_unknownCodes_isUnknownWithTheirMissing() {
    Missing route = new Missing("route of MedicationStatement/m1", "");
    Value<Codes> codes = Value.unknown("no route recorded", List.of(route), Evidence.none());
    var result = Codes.in(codes, INTRAVENOUS);
    assertThat(result.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(result.missing()).containsExactly(route);
  }
}

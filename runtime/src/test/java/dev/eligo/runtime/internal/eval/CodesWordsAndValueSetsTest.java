package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.ATC;
import static dev.eligo.runtime.internal.eval.Fixtures.ICD10;
import static dev.eligo.runtime.internal.eval.Fixtures.LOINC;
import static dev.eligo.runtime.internal.eval.Fixtures.SNOMED;
import static dev.eligo.runtime.internal.eval.Fixtures.icd10;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Codes and words of record fields as values (equal when they hold the same, shown as explanations
 * show them), the words written for FHIR codes, testing a word, and value sets made of other value
 * sets: what they contain, the systems they use and the exact codes a reader may look up.
 */
class CodesWordsAndValueSetsTest {
  private static final RecordRef C = RecordRef.of("Condition", "c1");

  @Test
  void codes_areEqualWhenTheyHoldTheSameCodingsAndUnreadParts() {
    Codes a = Codes.of(icd10("C61"), snomed("399068003"));
    assertThat(a).isEqualTo(Codes.of(List.of(icd10("C61"), snomed("399068003"))));
    assertThat(a).hasSameHashCodeAs(Codes.of(List.of(icd10("C61"), snomed("399068003"))));
    assertThat(a).isNotEqualTo(Codes.of(icd10("C61")));
    Missing unread = new Missing("reason for X", "names Condition/gone");
    Codes partly = Codes.partly(List.of(icd10("C61")), List.of(unread));
    assertThat(partly.unread()).containsExactly(unread);
    assertThat(partly).isNotEqualTo(Codes.of(icd10("C61")));
    assertThat(partly.codings()).containsExactly(icd10("C61"));
    assertThat(a).isNotEqualTo("C61");
    assertThat(Codes.of().isEmpty()).isTrue();
    assertThat(a.isEmpty()).isFalse();
    assertThat(Codes.of()).hasToString("no code");
    assertThat(Codes.of(icd10("C61"))).hasToString(Show.codings(List.of(icd10("C61"))));
  }

  @Test
  void codesIn_namesTheFieldAndTheValueSet_orWhyItIsUnknown() {
    ValueSet prostate = ValueSet.builder().named("prostate cancer").include(ICD10, "C61").build();
    Value<Codes> field =
        Value.known(Codes.of(icd10("C61.9")), Evidence.used(C)).labelled("code of Condition/c1");
    Truth in = Codes.in(field, prostate);
    assertThat(in.isTrue()).isTrue();
    assertThat(in.statement()).startsWith("code of Condition/c1: ").endsWith(" in prostate cancer");
    assertThat(in.evidence().used()).containsExactly(C);

    Truth none = Codes.in(Value.known(Codes.of(), Evidence.used(C)).labelled("code"), prostate);
    assertThat(none.statement()).isEqualTo("code: no code in prostate cancer (no code recorded)");

    Missing unread = new Missing("reason for X", "names Condition/gone");
    Truth partly =
        Codes.in(
            Value.known(Codes.partly(List.of(icd10("N39.0")), List.of(unread)), Evidence.none())
                .labelled("reason"),
            prostate);
    assertThat(partly.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(partly.missing()).containsExactly(unread);
    assertThat(partly.statement()).endsWith("(reason for X names Condition/gone)");
    // read codes that are in it decide, whatever else could not be read
    assertThat(
            Codes.in(
                    Value.known(
                        Codes.partly(List.of(icd10("C61")), List.of(unread)), Evidence.none()),
                    prostate)
                .value())
        .isEqualTo(TruthValue.TRUE);
  }

  @Test
  void words_areWrittenAsTheLanguageNamesCodes() {
    assertThat(Words.word("entered-in-error")).isEqualTo("enteredInError");
    assertThat(Words.word(" in-progress ")).isEqualTo("inProgress");
    assertThat(Words.word("-active")).isEqualTo("active");
    assertThat(Words.word("on hold")).isEqualTo("onHold");
    assertThat(Words.word("grade-3")).isEqualTo("grade3");
    // letters beyond ASCII are dropped as separators are: every word is a name
    assertThat(Words.word("café-crème")).isEqualTo("cafCrMe");
    assertThat(Words.ofCode("not-done").words()).containsExactly("notDone");
    assertThat(Words.ofCodes(List.of("food", "medication", "food")).words())
        .containsExactly("food", "medication");
    assertThat(Words.ofCodes(List.of("food", "medication"))).hasToString("food, medication");
  }

  @Test
  void words_areEqualWhenTheyHoldTheSameWords() {
    assertThat(Words.ofCode("final")).isEqualTo(Words.ofCodes(List.of("final")));
    assertThat(Words.ofCode("final")).hasSameHashCodeAs(Words.ofCodes(List.of("final")));
    assertThat(Words.ofCode("final")).isNotEqualTo(Words.ofCode("amended"));
    assertThat(Words.ofCode("final")).isNotEqualTo("final");
  }

  @Test
  void wordIs_ignoresCase_andIsUnknownForAnUnknownField() {
    Value<Words> status =
        Value.known(Words.ofCode("in-progress"), "inProgress", Evidence.used(C))
            .labelled("status of Condition/c1");
    Truth is = Words.is(status, "INPROGRESS");
    assertThat(is.value()).isEqualTo(TruthValue.TRUE);
    assertThat(is.statement()).isEqualTo("status of Condition/c1: inProgress is INPROGRESS");
    assertThat(is.evidence().used()).containsExactly(C);
    assertThat(Words.is(status, "completed").value()).isEqualTo(TruthValue.FALSE);

    Value<Words> none =
        Value.unknown("no status recorded", List.of(new Missing("status", "")), Evidence.none());
    Truth unknown = Words.is(none, "completed");
    assertThat(unknown.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(unknown.missing()).containsExactly(new Missing("status", ""));
  }

  @Test
  void aValueSetOfValueSets_containsWhatTheyContain_lessWhatIsExcluded() {
    ValueSet psa = ValueSet.builder().named("PSA").include(LOINC, "2857-1").build();
    ValueSet freePsa = ValueSet.builder().include(LOINC, "10886-0").build();
    ValueSet anyPsa = ValueSet.builder().includeAll(psa).includeAll(freePsa).build();

    assertThat(anyPsa.contains(Fixtures.loinc("2857-1"))).isTrue();
    assertThat(anyPsa.contains(Fixtures.loinc("10886-0"))).isTrue();
    assertThat(anyPsa.contains(Fixtures.loinc("718-7"))).isFalse();
    assertThat(anyPsa.systems()).containsExactly(LOINC);
    assertThat(anyPsa.exactCodes()).contains(Set.of("2857-1", "10886-0"));
    assertThat(anyPsa.exactKeys())
        .contains(Set.of("http://loinc.org|2857-1", "http://loinc.org|10886-0"));
    assertThat(anyPsa.contents()).isEqualTo("PSA, LOINC 10886-0");

    ValueSet antibiotics = ValueSet.builder().named("antibiotics").include(ATC, "J01").build();
    ValueSet notAntibiotics =
        ValueSet.builder().includeRange(ATC, "J01", "J05").excludeAll(antibiotics).build();
    assertThat(notAntibiotics.contains(Fixtures.atc("J05AB01"))).isTrue();
    assertThat(notAntibiotics.contains(Fixtures.atc("J01CA04"))).isFalse();
    assertThat(notAntibiotics.contents()).isEqualTo("ATC J01-J05 except antibiotics");
    assertThat(notAntibiotics.exactCodes()).isEqualTo(Optional.empty());
  }

  @Test
  void systems_includeThoseOfExclusions_inTheOrderFirstUsed() {
    ValueSet set =
        ValueSet.builder()
            .include(SNOMED, "399068003")
            .excludeRange(ICD10, "C77", "C79")
            .exclude(LOINC, "1-8")
            .build();
    assertThat(set.systems()).containsExactly(SNOMED, ICD10, LOINC);
    assertThat(set.classifies(List.of(icd10("C78")))).isTrue();
    assertThat(set.classifies(List.of(Coding.of("http://example.org", "x")))).isFalse();
    assertThat(set.contents()).isEqualTo("SNOMED 399068003 except ICD10 C77-C79, LOINC 1-8");
    assertThat(set.exactKeys()).contains(Set.of("http://snomed.info/sct|399068003"));
    assertThat(set.exactCodes()).contains(Set.of("399068003"));
    ValueSet range = ValueSet.builder().includeRange(SNOMED, "1", "2").build();
    assertThat(range.exactCodes()).isEmpty();
    assertThat(ValueSet.builder().include(ICD10, "c61").build().exactCodes()).isEmpty();
  }
}

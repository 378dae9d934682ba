package dev.eligo.runtime.internal.eval;

import static dev.eligo.runtime.internal.eval.Fixtures.loinc;
import static dev.eligo.runtime.internal.eval.Fixtures.snomed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.record.Observation;
import dev.eligo.runtime.record.ObservationStatus;
import dev.eligo.runtime.record.ObservationValue;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import dev.eligo.runtime.result.TruthValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An observation's fields: the value as a quantity, a count, a yes/no answer (boolean or coded in
 * LOINC, SNOMED CT or HL7 v2), a coded or text result, how a value beyond a limit was reported,
 * interpretation and body site; and why a value is not of the kind a criterion reads.
 */
class ObservationFieldsTest {
  private static final RecordRef O1 = RecordRef.of("Observation", "o1");

  private static Observation with(ObservationValue value) {
    return with(value, null);
  }

  private static Observation with(ObservationValue value, String absentReason) {
    return new Observation(
        O1,
        List.of(loinc("2857-1")),
        ObservationStatus.FINAL,
        RecordDate.parse("2026-11-02"),
        null,
        value,
        List.of(),
        absentReason,
        List.of(
            Coding.of("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "H")),
        List.of(snomed("368209003")),
        List.of());
  }

  private static Value<Observation> psa(Observation o) {
    return Value.of(o).labelled("latest PSA");
  }

  @Test
  void aQuantity_isReadWithItsUnit_andTheObservationAsEvidence() {
    Value<Quantity> v =
        Fields.observationValue(psa(with(ObservationValue.QuantityValue.of("4.2", "ng/mL"))));
    assertThat(v.get()).isEqualTo(Quantity.of("4.2", "ng/mL"));
    assertThat(v.label()).isEqualTo("latest PSA");
    assertThat(v.evidence().used()).containsExactly(O1);
  }

  @Test
  void aCount_isAQuantityOfUnitOne() {
    Value<Quantity> v = Fields.observationValue(psa(with(new ObservationValue.IntegerValue(3))));
    assertThat(v.get()).isEqualTo(Quantity.number(BigDecimal.valueOf(3)));
  }

  @Test
  void aValueReportedBeyondALimit_isARange_notOneNumber() {
    Value<Quantity> v =
        Fields.observationValue(
            psa(with(new ObservationValue.QuantityValue(new BigDecimal("0.1"), "ng/mL", "<"))));
    assertThat(v.isKnown()).isFalse();
    assertThat(v.reason())
        .isEqualTo("the value <0.1 ng/mL is a range, not one number (Observation/o1)");
    assertThat(v.evidence().used()).containsExactly(O1);
  }

  @Test
  void noValue_givesTheRecordsReason_inLowerCaseWordsButKeepingAcronyms() {
    assertThat(Fields.observationValue(psa(with(null))).reason())
        .isEqualTo("no value recorded (Observation/o1)");
    assertThat(Fields.observationValue(psa(with(null, "  "))).reason())
        .isEqualTo("no value recorded (Observation/o1)");
    assertThat(Fields.observationValue(psa(with(null, "Not Performed"))).reason())
        .isEqualTo("no value recorded; the reason given is 'not performed' (Observation/o1)");
    assertThat(Fields.observationValue(psa(with(null, "NaN Error by LAB"))).reason())
        .isEqualTo("no value recorded; the reason given is 'NaN error by LAB' (Observation/o1)");
    assertThat(Fields.noValue(with(null, "A  sample")))
        .isEqualTo("no value recorded; the reason given is 'A  sample'");
  }

  @Test
  void aTextOrCodedResult_isNotAQuantity() {
    assertThat(
            Fields.observationValue(psa(with(new ObservationValue.TextValue("see report"))))
                .reason())
        .isEqualTo("the value see report is not a quantity (Observation/o1)");
  }

  @Test
  void anUnusableValue_givesWhyItCannotBeUsed_inEveryField() {
    ObservationValue.Unusable unusable =
        new ObservationValue.Unusable(
            ObservationValue.QuantityValue.of("-5", "ng/mL"), "-5 ng/mL is below 0 ng/mL");
    Value<Observation> o = psa(with(unusable));

    assertThat(Fields.observationValue(o).reason())
        .isEqualTo("-5 ng/mL is below 0 ng/mL (Observation/o1)");
    assertThat(Fields.observationCodedValue(o).reason())
        .isEqualTo("-5 ng/mL is below 0 ng/mL (Observation/o1)");
    assertThat(Fields.observationTextValue(o).reason())
        .isEqualTo("-5 ng/mL is below 0 ng/mL (Observation/o1)");
    assertThat(Fields.observationBooleanValue(o).statement())
        .isEqualTo("value of Observation/o1 (-5 ng/mL is below 0 ng/mL)");
    // the comparator is how the value was written, which stays readable
    assertThat(Fields.observationComparator(o).get()).isEqualTo(Words.ofCode("exact"));
  }

  @Test
  void aCodedResult_isReadAsCodes_otherValuesAreNotCoded() {
    Coding pd = Coding.of("http://example.org/recist", "PD");
    Value<Codes> coded =
        Fields.observationCodedValue(
            psa(with(new ObservationValue.CodedValue(List.of(pd), "progressive disease"))));
    assertThat(coded.get()).isEqualTo(Codes.of(pd));
    assertThat(coded.label()).isEqualTo("latest PSA");
    assertThat(coded.evidence().used()).containsExactly(O1);

    assertThat(
            Fields.observationCodedValue(
                    psa(with(ObservationValue.QuantityValue.of("4.2", "ng/mL"))))
                .reason())
        .isEqualTo("the value 4.2 ng/mL is not coded (Observation/o1)");
    assertThat(Fields.observationCodedValue(psa(with(null, "Unknown"))).reason())
        .isEqualTo("no value recorded; the reason given is 'unknown' (Observation/o1)");
  }

  @Test
  void aTextResult_isShownInQuotes() {
    Value<String> text =
        Fields.observationTextValue(psa(with(new ObservationValue.TextValue("no evidence"))));
    assertThat(text.get()).isEqualTo("no evidence");
    assertThat(text.shown()).isEqualTo("\"no evidence\"");
    assertThat(text.label()).isEqualTo("latest PSA");
    assertThat(
            Fields.observationTextValue(psa(with(new ObservationValue.IntegerValue(2)))).reason())
        .isEqualTo("the value 2 is not a text (Observation/o1)");
  }

  @Test
  void yesOrNo_isReadFromABooleanOrTheCodesOfYesAndNo() {
    assertThat(yesNo(new ObservationValue.BooleanValue(true))).isEqualTo(TruthValue.TRUE);
    assertThat(yesNo(new ObservationValue.BooleanValue(false))).isEqualTo(TruthValue.FALSE);
    assertThat(yesNo(coded("http://loinc.org", "LA33-6"))).isEqualTo(TruthValue.TRUE);
    assertThat(yesNo(coded("http://loinc.org", "LA32-8"))).isEqualTo(TruthValue.FALSE);
    assertThat(yesNo(coded("http://snomed.info/sct", "373066001"))).isEqualTo(TruthValue.TRUE);
    assertThat(yesNo(coded("http://snomed.info/sct", "373067005"))).isEqualTo(TruthValue.FALSE);
    assertThat(yesNo(coded(" http://terminology.hl7.org/CodeSystem/v2-0136", "Y ")))
        .isEqualTo(TruthValue.TRUE);
    assertThat(yesNo(coded("http://terminology.hl7.org/CodeSystem/v2-0136", "N")))
        .isEqualTo(TruthValue.FALSE);
    assertThat(yesNo(coded("http://snomed.info/sct", "10828004"))).isEqualTo(TruthValue.UNKNOWN);
    assertThat(yesNo(ObservationValue.QuantityValue.of("1", "1"))).isEqualTo(TruthValue.UNKNOWN);
  }

  @Test
  void yesOrNo_codedBothWays_isNoAnswer_andTheSameAnswerTwiceIsThatAnswer() {
    ObservationValue both =
        new ObservationValue.CodedValue(
            List.of(
                Coding.of("http://loinc.org", "LA33-6"),
                Coding.of("http://snomed.info/sct", "373067005")),
            null);
    assertThat(yesNo(both)).isEqualTo(TruthValue.UNKNOWN);
    ObservationValue twice =
        new ObservationValue.CodedValue(
            List.of(
                Coding.of("http://loinc.org", "LA32-8"),
                Coding.of("http://example.org/local", "no"),
                Coding.of("http://snomed.info/sct", "373067005")),
            null);
    assertThat(yesNo(twice)).isEqualTo(TruthValue.FALSE);
  }

  @Test
  void yesOrNo_saysTheAnswerAndItsRecord() {
    Truth yes = Fields.observationBooleanValue(psa(with(new ObservationValue.BooleanValue(true))));
    assertThat(yes.statement()).isEqualTo("value of Observation/o1: yes");
    assertThat(yes.evidence().used()).containsExactly(O1);
    Truth no = Fields.observationBooleanValue(psa(with(new ObservationValue.BooleanValue(false))));
    assertThat(no.statement()).isEqualTo("value of Observation/o1: no");
    Truth none = Fields.observationBooleanValue(psa(with(null)));
    assertThat(none.statement()).isEqualTo("value of Observation/o1 (no value recorded)");
    Truth text = Fields.observationBooleanValue(psa(with(new ObservationValue.TextValue("maybe"))));
    assertThat(text.statement())
        .isEqualTo("value of Observation/o1 (the value maybe is not yes or no)");
  }

  @Test
  void yesOrNo_ofNoObservation_isUnknownWithItsReason() {
    Value<Observation> none =
        Value.<Observation>unknown(
                "none recorded", List.of(new Missing("smoking", "observations")), Evidence.none())
            .labelled("latest smoking");
    Truth t = Fields.observationBooleanValue(none);
    assertThat(t.value()).isEqualTo(TruthValue.UNKNOWN);
    assertThat(t.statement()).isEqualTo("latest smoking: none recorded");
    assertThat(t.missing()).containsExactly(new Missing("smoking", "observations"));
  }

  @Test
  void comparator_namesHowAValueBeyondALimitWasReported() {
    assertThat(comparator("<")).isEqualTo("below");
    assertThat(comparator("<=")).isEqualTo("atMost");
    assertThat(comparator(">=")).isEqualTo("atLeast");
    assertThat(comparator(">")).isEqualTo("above");
    assertThat(comparator(null)).isEqualTo("exact");
    Value<Words> count =
        Fields.observationComparator(psa(with(new ObservationValue.IntegerValue(4))));
    assertThat(count.get()).isEqualTo(Words.ofCode("exact"));
    assertThat(count.label()).isEqualTo("comparator of Observation/o1");
    assertThat(count.evidence().used()).containsExactly(O1);
    Value<Words> text =
        Fields.observationComparator(psa(with(new ObservationValue.TextValue("high"))));
    assertThat(text.reason()).isEqualTo("the value high is not a number");
    assertThat(text.missing()).containsExactly(new Missing("value of Observation/o1", ""));
    assertThat(text.label()).isEqualTo("comparator of Observation/o1");
  }

  @Test
  void interpretationAndBodySite_areCodes_orUnknownWhenAbsent() {
    Value<Observation> o = psa(with(ObservationValue.QuantityValue.of("4.2", "ng/mL")));
    assertThat(Fields.observationInterpretation(o).get().codings())
        .extracting(Coding::code)
        .containsExactly("H");
    assertThat(Fields.observationBodySite(o).get()).isEqualTo(Codes.of(snomed("368209003")));
    Value<Observation> plain =
        Value.of(Fixtures.quantity("o2", "2857-1", "2026-11-02", "4.2", "ng/mL"));
    assertThat(Fields.observationInterpretation(plain).reason())
        .isEqualTo("no interpretation recorded");
    assertThat(Fields.observationBodySite(plain).missing())
        .containsExactly(new Missing("body site of Observation/o2", ""));
  }

  @Test
  void date_isTheDayOfTheObservation_namedAfterIt() {
    Value<LocalDate> date =
        Fields.observationDate(psa(with(ObservationValue.QuantityValue.of("4.2", "ng/mL"))));
    assertThat(date.get()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(date.label()).isEqualTo("date of latest PSA");
    assertThat(date.evidence().used()).containsExactly(O1);
    Value<LocalDate> unnamed =
        Fields.observationDate(Value.of(with(ObservationValue.QuantityValue.of("4.2", "ng/mL"))));
    assertThat(unnamed.label()).startsWith("date of ").contains("Observation/o1");
  }

  private static TruthValue yesNo(ObservationValue value) {
    return Fields.observationBooleanValue(psa(with(value))).value();
  }

  private static ObservationValue coded(String system, String code) {
    return new ObservationValue.CodedValue(List.of(Coding.of(system, code)), null);
  }

  private static String comparator(String comparator) {
    Value<Words> words =
        Fields.observationComparator(
            psa(
                with(
                    new ObservationValue.QuantityValue(
                        new BigDecimal("10"), "ng/mL", comparator))));
    return words.get().toString();
  }
}
